namespace Spoke.Agents.Catalog;

/// <summary>One HubSpot property, as the tools describe it to a model.</summary>
/// <param name="Name">The internal name used on the wire.</param>
/// <param name="Label">The label shown in HubSpot.</param>
/// <param name="Type">HubSpot's data type (<c>string</c>, <c>number</c>, <c>enumeration</c>, <c>datetime</c> ...).</param>
/// <param name="FieldType">HubSpot's field type (<c>text</c>, <c>select</c>, <c>checkbox</c> ...).</param>
/// <param name="Description">HubSpot's description, possibly empty.</param>
/// <param name="GroupName">The property group.</param>
/// <param name="Options">The valid values of an enumeration.</param>
/// <param name="IsReadOnly">Whether HubSpot computes the value (calculated or read-only), so it cannot be written.</param>
/// <param name="IsHidden">Whether HubSpot hides the property from users.</param>
internal sealed record PropertyDefinition(
    string Name,
    string Label,
    string Type,
    string FieldType,
    string Description,
    string GroupName,
    IReadOnlyList<PropertyOption> Options,
    bool IsReadOnly,
    bool IsHidden)
{
    public bool IsWritable => !IsReadOnly && !IsHidden;
}

/// <summary>One valid value of an enumeration property.</summary>
/// <param name="Value">The wire value.</param>
/// <param name="Label">The label shown in HubSpot.</param>
internal sealed record PropertyOption(string Value, string Label);
