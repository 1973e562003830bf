namespace Spoke.Schema;

/// <summary>One property definition of a HubSpot object type, as <c>GET /crm/v3/properties/{objectType}</c> returns it.</summary>
public sealed record CrmProperty
{
    /// <summary>The internal name used in the API, for example <c>lifecyclestage</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The label users see in HubSpot.</summary>
    public required string Label { get; init; }

    /// <summary>The data type: <c>string</c>, <c>number</c>, <c>bool</c>, <c>date</c>, <c>datetime</c>, <c>enumeration</c>, <c>phone_number</c>, …</summary>
    public required string Type { get; init; }

    /// <summary>How HubSpot edits the value: <c>text</c>, <c>select</c>, <c>checkbox</c>, <c>booleancheckbox</c>, <c>date</c>, …</summary>
    public required string FieldType { get; init; }

    /// <summary>The property group the property belongs to, for example <c>contactinformation</c>.</summary>
    public required string GroupName { get; init; }

    /// <summary>The description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The picklist options of an enumeration property (empty otherwise, or when they are external such as owners).</summary>
    public IReadOnlyList<CrmPropertyOption> Options { get; init; } = [];

    /// <summary>Whether each record must have a distinct value (usable as <c>idProperty</c>).</summary>
    public bool HasUniqueValue { get; init; }

    /// <summary>Whether HubSpot hides the property in its UI.</summary>
    public bool Hidden { get; init; }

    /// <summary>Whether HubSpot computes the value (calculated or rollup properties).</summary>
    public bool Calculated { get; init; }

    /// <summary>Whether the value cannot be written through the API.</summary>
    public bool ReadOnlyValue { get; init; }

    /// <summary>Whether the options come from elsewhere (for example owners), not from <see cref="Options"/>.</summary>
    public bool ExternalOptions { get; init; }

    /// <summary>The object the value refers to, for example <c>OWNER</c>, if any.</summary>
    public string? ReferencedObjectType { get; init; }

    /// <summary>Whether HubSpot defined the property (as opposed to a custom property of the account).</summary>
    public bool HubSpotDefined { get; init; }

    /// <summary>Where HubSpot shows the property in its group.</summary>
    public int DisplayOrder { get; init; }

    /// <summary>Whether the property is archived (no longer takes values); only archived reads return such properties.</summary>
    public bool Archived { get; init; }
}
