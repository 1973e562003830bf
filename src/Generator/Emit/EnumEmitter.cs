using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Emit;

/// <summary>Emits a picklist enum (members named from option labels, tied to wire values) and its extensions with the codec.</summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec, PropertySpec property)
    {
        var enumSpec = property.Enum!;
        var writer = FileHeader.Open(spec.Namespace);
        DocWriter.Summary(writer, "The options of " + CSharpText.Doc(property.Label) + " (<c>" + CSharpText.Doc(property.WireName) + "</c>) on <see cref=\"" + PropertyTypes.Qualified(spec, spec.RecordName) + "\"/>.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public enum " + enumSpec.TypeName);
        foreach (var member in enumSpec.Members)
        {
            DocWriter.Summary(writer, MemberSummary(member));
            writer.WriteLine(member.Name, ",");
        }

        writer.CloseBlock();
        writer.WriteLine();
        WriteExtensions(writer, enumSpec, PropertyTypes.Qualified(spec, enumSpec.TypeName));
        return new GeneratedFile(spec.SnapshotName + "." + enumSpec.TypeName + ".g.cs", FileHeader.Close(writer));
    }

    // One line per member: the label is what IntelliSense shows; the wire value and hidden state are what a user checks against
    // HubSpot. The wire values table in the extensions class is the one source of truth for the mapping, so no attribute repeats it.
    private static string MemberSummary(EnumMemberSpec member)
    {
        var label = CSharpText.Doc(member.Label);
        var description = CSharpText.Doc(member.Description);
        return (label.Length > 0 ? label : "(no label)")
            + " (<c>" + CSharpText.Doc(member.WireValue) + "</c>)."
            + (description.Length > 0 ? " " + description : string.Empty)
            + (member.Hidden ? " Hidden in HubSpot: not offered in forms, but records can hold it." : string.Empty);
    }

    // The codec builds its lookups at run time from the wire values: tables and dictionaries per enum in source cost build time
    // for every picklist of the account (and switches over hundreds of options cost seconds each).
    private static void WriteExtensions(SourceWriter writer, EnumSpec enumSpec, string type)
    {
        DocWriter.Summary(writer, "Wire values of <see cref=\"" + type + "\"/>.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public static class " + enumSpec.ExtensionsName);
        DocWriter.Summary(writer, "Converts between <see cref=\"" + type + "\"/> and its wire values; unknown values are kept raw.");
        writer.WriteLine("public static global::Spoke.Wire.PicklistCodec<" + type + "> " + GeneratedMembers.Codec + " { get; } = new(new string[]");
        writer.WriteLine("{");
        writer.Indent();
        foreach (var member in enumSpec.Members)
        {
            writer.WriteLine(CSharpText.Literal(member.WireValue), ",");
        }

        writer.Outdent();
        writer.WriteLine("});");
        writer.WriteLine();
        DocWriter.Summary(writer, "The option's internal value in HubSpot.");
        writer.WriteLine("/// <param name=\"value\">The member.</param>");
        writer.WriteLine("public static string " + GeneratedMembers.ToWireValue + "(this " + type + " value) => " + GeneratedMembers.Codec + ".ToWireValue(value);");
        writer.WriteLine();
        DocWriter.Summary(writer, "Finds the member for a wire value (case-sensitive, as HubSpot compares enumerations).");
        writer.WriteLine("/// <param name=\"wireValue\">The wire value.</param>");
        writer.WriteLine("/// <param name=\"value\">The member when found.</param>");
        writer.WriteLine("/// <returns><see langword=\"true\"/> when the wire value belongs to a member.</returns>");
        writer.WriteLine("public static bool " + GeneratedMembers.TryParseWireValue + "(string wireValue, out " + type + " value) => " + GeneratedMembers.Codec + ".TryParseWireValue(wireValue, out value);");
        writer.CloseBlock();
    }
}
