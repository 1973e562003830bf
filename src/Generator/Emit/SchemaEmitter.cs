using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>
/// Emits the record's <c>GeneratedSchema</c>: the snapshot's names, labels, types, groups and picklist options (descriptions left
/// out to keep the code small), which the runtime compares with the live schema to report drift at start-up.
/// </summary>
internal static class SchemaEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        writer.OpenBlock("partial class " + spec.RecordName + " : global::Spoke.Schema.IGeneratedSchema");
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public static global::Spoke.Schema.CrmObjectSchema GeneratedSchema { get; } = new(ObjectType, new global::Spoke.Schema.CrmProperty[]");
        writer.WriteLine("{");
        writer.Indent();
        foreach (var property in spec.Properties)
        {
            writer.WriteLine("new()");
            writer.WriteLine("{");
            writer.Indent();
            writer.WriteLine("Name = ", CSharpText.Literal(property.WireName), ",");
            writer.WriteLine("Label = ", CSharpText.Literal(property.Label), ",");
            writer.WriteLine("Type = ", CSharpText.Literal(property.Type), ",");
            writer.WriteLine("FieldType = ", CSharpText.Literal(property.FieldType), ",");
            writer.WriteLine("GroupName = ", CSharpText.Literal(property.GroupName ?? string.Empty), ",");
            writer.WriteLine("Hidden = ", property.Hidden ? "true" : "false", ",");
            writer.WriteLine("ReadOnlyValue = ", property.ReadOnly ? "true" : "false", ",");
            if (property.Enum is { } picklist)
            {
                writer.WriteLine("Options = new global::Spoke.Schema.CrmPropertyOption[]");
                writer.WriteLine("{");
                writer.Indent();
                var order = 0;
                foreach (var member in picklist.Members)
                {
                    writer.WriteLine(
                        "new(" + CSharpText.Literal(member.WireValue) + ", " + CSharpText.Literal(member.Label) + ", null, ",
                        (order++).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ", ",
                        member.Hidden ? "true" : "false",
                        "),");
                }

                writer.Outdent();
                writer.WriteLine("},");
            }

            writer.Outdent();
            writer.WriteLine("},");
        }

        writer.Outdent();
        writer.WriteLine("});");
        writer.CloseBlock();
        return new GeneratedFile(spec.SnapshotName + "." + spec.RecordName + ".Schema.g.cs", FileHeader.Close(writer));
    }
}
