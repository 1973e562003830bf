namespace Spoke.Schema;

/// <summary>A property group to create with <see cref="SchemaClient.CreateGroupAsync"/>.</summary>
public sealed record CrmPropertyGroupInput
{
    /// <summary>The internal name: lower-case letters, digits and underscores, starting with a letter, for example <c>shipping</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The label users see in HubSpot.</summary>
    public required string Label { get; init; }

    /// <summary>Where HubSpot shows the group among the object's groups; null puts it after the ordered ones.</summary>
    public int? DisplayOrder { get; init; }
}
