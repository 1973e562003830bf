namespace Spoke.Emulator.Schema;

/// <summary>One property of an object type, with the rules its values follow and its JSON as HubSpot serves it.</summary>
internal sealed class PropertyDefinition
{
    public required string Name { get; init; }

    public required PropertyType Type { get; init; }

    public required string FieldType { get; init; }

    /// <summary>Option values; empty when the property has none or its options are external (owners, pipelines).</summary>
    public required IReadOnlySet<string> Options { get; init; }

    public bool HasExternalOptions { get; init; }

    public bool IsReadOnlyValue { get; init; }

    public bool HasUniqueValue { get; init; }

    /// <summary>Created with <c>POST /crm/v3/properties/{objectType}</c> rather than read from a snapshot; saved with the data file.</summary>
    public bool IsCreatedThroughApi { get; init; }

    /// <summary>The property's definition JSON, served verbatim by the properties endpoints.</summary>
    public required byte[] Json { get; init; }

    /// <summary>A multi-select enumeration (<c>checkbox</c>): values are <c>;</c>-joined option values.</summary>
    public bool IsMultiSelect => Type == PropertyType.Enumeration && FieldType == "checkbox";

    /// <summary>Values compare case-sensitively (enumerations, as on HubSpot) rather than ignoring case.</summary>
    public bool IsCaseSensitive => Type == PropertyType.Enumeration;
}
