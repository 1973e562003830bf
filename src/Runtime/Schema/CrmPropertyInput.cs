namespace Spoke.Schema;

/// <summary>
/// A property definition to create with <see cref="SchemaClient.CreatePropertyAsync"/> or
/// <see cref="SchemaClient.BatchCreatePropertiesAsync"/>. Spoke checks it before sending: a valid name, a label, a
/// <see cref="Type"/> and <see cref="FieldType"/> HubSpot pairs, an existing group name's form, and options for an enumeration.
/// </summary>
public sealed record CrmPropertyInput
{
    /// <summary>The internal name used in the API: lower-case letters, digits and underscores, starting with a letter, for example <c>shoe_size</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The label users see in HubSpot.</summary>
    public required string Label { get; init; }

    /// <summary>The data type: <c>string</c>, <c>number</c>, <c>bool</c>, <c>date</c>, <c>datetime</c>, <c>enumeration</c> or <c>phone_number</c>.</summary>
    public required string Type { get; init; }

    /// <summary>
    /// How HubSpot edits the value, which must suit <see cref="Type"/>: <c>text</c>, <c>textarea</c>, <c>html</c>, <c>file</c>
    /// or <c>phonenumber</c> for strings; <c>number</c>; <c>booleancheckbox</c> for bools; <c>date</c> for dates and datetimes;
    /// <c>select</c>, <c>radio</c>, <c>checkbox</c> or <c>booleancheckbox</c> for enumerations; <c>phonenumber</c> for phone numbers.
    /// </summary>
    public required string FieldType { get; init; }

    /// <summary>The property group it goes in, for example <c>contactinformation</c>; the group must exist.</summary>
    public required string GroupName { get; init; }

    /// <summary>The description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The picklist options: at least one for an enumeration, each with a distinct non-empty value and a label.</summary>
    public IReadOnlyList<CrmPropertyOption>? Options { get; init; }

    /// <summary>Where HubSpot shows the property in its group; null puts it after the ordered ones.</summary>
    public int? DisplayOrder { get; init; }

    /// <summary>Whether each record must have a distinct value, so the property can identify records (<c>idProperty</c>).</summary>
    public bool HasUniqueValue { get; init; }

    /// <summary>Whether HubSpot hides the property in its UI.</summary>
    public bool Hidden { get; init; }

    /// <summary>Whether the property can be used in HubSpot forms.</summary>
    public bool FormField { get; init; }
}
