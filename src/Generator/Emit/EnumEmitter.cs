using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>Emits a picklist enum (members named from option labels, tied to wire values) and its extensions with the codec.</summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec, PropertySpec property)
    {
        var enumSpec = property.Enum!;
        var writer = FileHeader.Open(spec.Namespace);
        DocWriter.Summary(writer, "The options of " + CSharpText.Doc(property.Label) + " (<c>" + CSharpText.Doc(property.WireName) + "</c>) on <see cref=\"" + spec.RecordName + "\"/>.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public enum " + enumSpec.TypeName);
        foreach (var member in enumSpec.Members)
        {
            var label = CSharpText.Doc(member.Label);
            DocWriter.Summary(writer, label.Length > 0 ? label : "(no label)");
            var description = CSharpText.Doc(member.Description);
            writer.WriteLine(
                "/// <remarks>",
                (description.Length > 0 ? description + " " : string.Empty) + "Wire value <c>" + CSharpText.Doc(member.WireValue) + "</c>.",
                member.Hidden ? " Hidden in HubSpot: not offered in forms, but records can hold it." : string.Empty,
                "</remarks>");
            writer.WriteLine("[global::Spoke.PicklistOption(", CSharpText.Literal(member.WireValue), member.Hidden ? ", Hidden = true)]" : ")]");
            writer.WriteLine(member.Name, ",");
        }

        writer.CloseBlock();
        writer.WriteLine();
        WriteExtensions(writer, enumSpec);
        return new GeneratedFile(spec.SnapshotName + "." + enumSpec.TypeName + ".g.cs", FileHeader.Close(writer));
    }

    private static void WriteExtensions(SourceWriter writer, EnumSpec enumSpec)
    {
        var type = enumSpec.TypeName;
        DocWriter.Summary(writer, "Wire values of <see cref=\"" + type + "\"/>.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public static class " + enumSpec.ExtensionsName);
        DocWriter.Summary(writer, "Converts between <see cref=\"" + type + "\"/> and its wire values; unknown values are kept raw.");
        writer.WriteLine("public static global::Spoke.PicklistCodec<" + type + "> Codec { get; } = new(TryParseWireValue, ToWireValue);");
        writer.WriteLine();
        DocWriter.Summary(writer, "The option's internal value in HubSpot.");
        writer.WriteLine("/// <param name=\"value\">The member.</param>");
        writer.OpenBlock("public static string ToWireValue(this " + type + " value) => value switch");
        foreach (var member in enumSpec.Members)
        {
            writer.WriteLine(type, ".", member.Name, " => ", CSharpText.Literal(member.WireValue) + ",");
        }

        writer.WriteLine("_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a member of " + type + ".\"),");
        writer.CloseBlock(";");
        writer.WriteLine();
        DocWriter.Summary(writer, "Finds the member for a wire value (case-sensitive, as HubSpot compares enumerations).");
        writer.WriteLine("/// <param name=\"wireValue\">The wire value.</param>");
        writer.WriteLine("/// <param name=\"value\">The member when found.</param>");
        writer.WriteLine("/// <returns><see langword=\"true\"/> when the wire value belongs to a member.</returns>");
        writer.OpenBlock("public static bool TryParseWireValue(string wireValue, out " + type + " value)");
        writer.OpenBlock("switch (wireValue)");
        foreach (var member in enumSpec.Members)
        {
            writer.WriteLine("case ", CSharpText.Literal(member.WireValue), ":");
            writer.Indent();
            writer.WriteLine("value = ", type, ".", member.Name, ";");
            writer.WriteLine("return true;");
            writer.Outdent();
        }

        writer.WriteLine("default:");
        writer.Indent();
        writer.WriteLine("value = default;");
        writer.WriteLine("return false;");
        writer.Outdent();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
