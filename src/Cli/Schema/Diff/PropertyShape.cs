namespace Spoke.Cli.Schema.Diff;

/// <summary>The parts of one HubSpot property definition that shape generated code.</summary>
/// <param name="Name">The internal name, for example <c>lifecyclestage</c>.</param>
/// <param name="Type">HubSpot's data type (<c>string</c>, <c>number</c>, <c>enumeration</c>, <c>datetime</c>, ...).</param>
/// <param name="FieldType">HubSpot's field type (<c>text</c>, <c>select</c>, <c>checkbox</c>, ...).</param>
/// <param name="IsReadOnly">Whether values cannot be written (read-only value or calculated).</param>
/// <param name="Options">The picklist options in HubSpot's order.</param>
internal sealed record PropertyShape(string Name, string Type, string FieldType, bool IsReadOnly, IReadOnlyList<OptionShape> Options)
{
    /// <summary>Whether the property is a multi-select picklist, which the generator maps to a collection.</summary>
    public bool IsMultiSelect => Type == "enumeration" && FieldType == "checkbox";

    /// <summary>Whether the generator maps the property to a picklist enum whose members come from <see cref="Options"/>.</summary>
    public bool IsPicklist => Type == "enumeration";
}
