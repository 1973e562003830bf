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

    /// <summary>
    /// Created, changed or archived through the properties API rather than read as it is from a snapshot; saved with the
    /// data file.
    /// </summary>
    public bool IsDefinedThroughApi { get; init; }

    /// <summary>The property group it belongs to.</summary>
    public string GroupName { get; init; } = "";

    /// <summary>Archived (<c>DELETE</c>): no longer accepted on records nor listed, except with <c>archived=true</c>.</summary>
    public bool IsArchived { get; init; }

    /// <summary>Its definition cannot be changed (<c>modificationMetadata.readOnlyDefinition</c>).</summary>
    public bool IsReadOnlyDefinition { get; init; }

    /// <summary>It may be archived (<c>modificationMetadata.archivable</c>, true when absent).</summary>
    public bool IsArchivable { get; init; } = true;

    /// <summary>The property's definition JSON, served verbatim by the properties endpoints.</summary>
    public required byte[] Json { get; init; }

    /// <summary>A multi-select enumeration (<c>checkbox</c>): values are <c>;</c>-joined option values.</summary>
    public bool IsMultiSelect => Type == PropertyType.Enumeration && FieldType == "checkbox";

    /// <summary>Values compare case-sensitively (enumerations, as on HubSpot) rather than ignoring case.</summary>
    public bool IsCaseSensitive => Type == PropertyType.Enumeration;
}
