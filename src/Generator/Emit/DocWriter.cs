using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>Writes the XML documentation of generated members from snapshot labels and descriptions (escaped).</summary>
internal static class DocWriter
{
    public static void Summary(SourceWriter writer, string text)
    {
        writer.WriteLine("/// <summary>", text, "</summary>");
    }

    public static void Property(SourceWriter writer, PropertySpec property)
    {
        Summary(writer, CSharpText.Doc(property.Label));
        var remarks = CSharpText.Doc(property.Description);
        writer.WriteLine("/// <remarks>");
        if (remarks.Length > 0)
        {
            writer.WriteLine("/// ", remarks);
        }

        writer.WriteLine(
            "/// HubSpot property <c>",
            CSharpText.Doc(property.WireName),
            "</c> (" + CSharpText.Doc(property.Type) + ", " + CSharpText.Doc(property.FieldType) + ")",
            string.IsNullOrEmpty(property.GroupName) ? "." : ", group <c>" + CSharpText.Doc(property.GroupName) + "</c>.",
            (property.ReadOnly ? " Read-only: HubSpot calculates or owns its value." : string.Empty) + (property.Hidden ? " Hidden in HubSpot." : string.Empty));
        writer.WriteLine("/// </remarks>");
    }
}
