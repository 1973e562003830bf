namespace Spoke.Schema;

/// <summary>One property group of an object type, as <c>GET /crm/v3/properties/{objectType}/groups</c> returns it.</summary>
public sealed record CrmPropertyGroupDefinition
{
    /// <summary>The internal name properties refer to in <see cref="CrmProperty.GroupName"/>, for example <c>contactinformation</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The label users see in HubSpot.</summary>
    public required string Label { get; init; }

    /// <summary>Where HubSpot shows the group among the object's groups.</summary>
    public int DisplayOrder { get; init; }

    /// <summary>Whether the group is archived.</summary>
    public bool Archived { get; init; }
}
