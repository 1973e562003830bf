namespace Spoke.Schema;

/// <summary>
/// Changes to a property definition for <see cref="SchemaClient.UpdatePropertyAsync"/>: what is <see langword="null"/> stays
/// as it is. <see cref="Options"/>, when given, replaces the property's options as a whole.
/// </summary>
public sealed record CrmPropertyUpdate
{
    /// <summary>The new label, or null.</summary>
    public string? Label { get; init; }

    /// <summary>The new description (empty clears it), or null.</summary>
    public string? Description { get; init; }

    /// <summary>The group to move the property to, or null.</summary>
    public string? GroupName { get; init; }

    /// <summary>The new data type, or null; give <see cref="FieldType"/> with it, and <see cref="Options"/> when it is <c>enumeration</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The new field type, or null; it must suit the property's type.</summary>
    public string? FieldType { get; init; }

    /// <summary>The new picklist options, replacing the current ones, or null.</summary>
    public IReadOnlyList<CrmPropertyOption>? Options { get; init; }

    /// <summary>The new display order, or null.</summary>
    public int? DisplayOrder { get; init; }

    /// <summary>Whether HubSpot should hide the property, or null.</summary>
    public bool? Hidden { get; init; }

    /// <summary>Whether the property can be used in forms, or null.</summary>
    public bool? FormField { get; init; }
}
