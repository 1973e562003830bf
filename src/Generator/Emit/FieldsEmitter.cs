using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>Emits the search fields struct: one typed field per property, offering only the operators HubSpot supports for its type.</summary>
internal static class FieldsEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        DocWriter.Summary(writer, "The searchable properties of <see cref=\"" + spec.RecordName + "\"/>, used in <c>" + spec.RecordName + ".Where(...)</c>, sorting and property selection.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public readonly partial struct " + spec.FieldsName);
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
                "public ",
                PropertyTypes.FieldType(spec, property),
                " " + property.MemberName + " => new(",
                PropertyTypes.FieldArguments(spec, property, CSharpText.Literal(property.WireName)),
                ");");
        }

        writer.CloseBlock();
        return new GeneratedFile(spec.SnapshotName + "." + spec.FieldsName + ".g.cs", FileHeader.Close(writer));
    }
}
