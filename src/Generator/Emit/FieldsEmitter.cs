using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>
/// Emits the search fields type: one typed field per property, offering only the operators HubSpot supports for its type.
/// Read-only fields rather than properties: each property is a method the compiler and every analyzer go through one by one,
/// while field initializers are one constructor; with hundreds of properties per object that halves the type's build cost.
/// </summary>
internal static class FieldsEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        DocWriter.Summary(writer, "The searchable properties of <see cref=\"" + PropertyTypes.Qualified(spec, spec.RecordName) + "\"/>, used in <c>" + spec.RecordName + ".Where(...)</c>, sorting and property selection.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public sealed partial class " + spec.FieldsName);
        var first = true;
        foreach (var property in spec.Properties)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            DocWriter.Summary(writer, CSharpText.Doc(property.Label) + " (<c>" + CSharpText.Doc(property.WireName) + "</c>).");
            writer.WriteLine(
                "public readonly ",
                PropertyTypes.FieldType(spec, property),
                " " + property.MemberName + " = new(",
                PropertyTypes.FieldArguments(spec, property, CSharpText.Literal(property.WireName)),
                ");");
        }

        writer.CloseBlock();
        return new GeneratedFile(spec.SnapshotName + "." + spec.FieldsName + ".g.cs", FileHeader.Close(writer));
    }
}
