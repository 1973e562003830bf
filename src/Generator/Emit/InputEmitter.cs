using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>
/// Emits the write type: one settable property per writable HubSpot property (read-only ones are left out, so setting them does
/// not compile). Only properties the caller sets are sent; setting <see langword="null"/> clears the property.
/// </summary>
internal static class InputEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        var record = PropertyTypes.Qualified(spec, spec.RecordName);
        DocWriter.Summary(writer, "The properties of a create, update or upsert of <see cref=\"" + record + "\"/>. Only what you set is sent; setting <see langword=\"null\"/> clears the property in HubSpot.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public sealed partial class " + spec.InputName + " : global::Spoke.CrmInput, global::Spoke.ICrmInput<" + record + ">");
        var first = true;
        foreach (var property in spec.Properties)
        {
            if (property.InputFieldName is not { } field)
            {
                continue;
            }

            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            var type = PropertyTypes.MemberType(spec, property);
            writer.WriteLine("private ", type, " ", field, ";");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc cref=\"", record + "." + property.MemberName, "\"/>");
            writer.OpenBlock("public " + type + " " + property.MemberName);
            writer.WriteLine("get => ", field, ";");
            writer.OpenBlock("set");
            writer.WriteLine(field, " = value;");
            writer.WriteLine("SetWireValue(", CSharpText.Literal(property.WireName), ", ", PropertyTypes.EncodeExpression(spec, property, "value"), ");");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        writer.CloseBlock();
        return new GeneratedFile(spec.SnapshotName + "." + spec.InputName + ".g.cs", FileHeader.Close(writer));
    }
}
