using Spoke.Http;

namespace Spoke.Schema;

/// <summary>Property groups: list, read, create, change and archive.</summary>
public partial class SchemaClient
{
    /// <summary>Reads the live property groups of an object type.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The groups in display order.</returns>
    public virtual async Task<IReadOnlyList<CrmPropertyGroupDefinition>> ListGroupsAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var response = await Client.SendCoreAsync(new HubSpotRequest(HttpMethod.Get, PropertyPaths.Groups(objectType), RequestKind.Read), cancellationToken)
            .ConfigureAwait(false);
        return CrmPropertyGroupReader.ReadAll(response.Content);
    }

    /// <summary>Reads one property group.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="name">The group's internal name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group.</returns>
    /// <exception cref="HubSpotException">404 when the object type has no live group of that name.</exception>
    public virtual async Task<CrmPropertyGroupDefinition> GetGroupAsync(CrmObjectType objectType, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var request = new HubSpotRequest(HttpMethod.Get, PropertyPaths.Group(objectType, GroupPathName(name)), RequestKind.Read);
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPropertyGroupReader.Read(response.Content);
    }

    /// <summary>Creates a property group. Not retried once it may have reached HubSpot: a repeat would be refused as a duplicate.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="group">The name, label and display order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new group.</returns>
    /// <exception cref="ArgumentException">The name is not one HubSpot accepts, or the label is empty.</exception>
    /// <exception cref="HubSpotException">409 when a live group has the name.</exception>
    public virtual async Task<CrmPropertyGroupDefinition> CreateGroupAsync(CrmObjectType objectType, CrmPropertyGroupInput group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(group);
        PropertyDefinitionRules.ValidNewName(group.Name, "property group", nameof(group));
        PropertyDefinitionRules.ValidLabel(group.Label, "property group", nameof(group));
        var request = HubSpotRequest.WithJson(
            HttpMethod.Post, PropertyPaths.Groups(objectType), RequestKind.NonIdempotentWrite, writer => PropertyDefinitionJson.WriteGroup(writer, group.Name, group.Label, group.DisplayOrder));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPropertyGroupReader.Read(response.Content);
    }

    /// <summary>Changes a property group's label or display order; what is <see langword="null"/> stays as it is.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="name">The group's internal name.</param>
    /// <param name="label">The new label, or <see langword="null"/>.</param>
    /// <param name="displayOrder">The new display order, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group as HubSpot now holds it.</returns>
    /// <exception cref="ArgumentException">Neither a label nor a display order was given, or the label is empty.</exception>
    /// <exception cref="HubSpotException">404 for an unknown group.</exception>
    public virtual async Task<CrmPropertyGroupDefinition> UpdateGroupAsync(
        CrmObjectType objectType, string name, string? label = null, int? displayOrder = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var path = PropertyPaths.Group(objectType, GroupPathName(name));
        if (label is null && displayOrder is null)
        {
            throw new ArgumentException("Nothing to change: pass a label or a display order.", nameof(label));
        }

        if (label is not null)
        {
            PropertyDefinitionRules.ValidLabel(label, "property group", nameof(label));
        }

        var request = HubSpotRequest.WithJson(HttpMethod.Patch, path, RequestKind.IdempotentWrite, writer => PropertyDefinitionJson.WriteGroup(writer, null, label, displayOrder));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPropertyGroupReader.Read(response.Content);
    }

    /// <summary>Archives a property group. HubSpot refuses (400) while live properties are in it: move or archive them first.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="name">The group's internal name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has archived the group.</returns>
    /// <exception cref="HubSpotException">404 for an unknown group; 400 while properties are in it.</exception>
    public virtual Task ArchiveGroupAsync(CrmObjectType objectType, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var request = new HubSpotRequest(HttpMethod.Delete, PropertyPaths.Group(objectType, GroupPathName(name)), RequestKind.IdempotentWrite);
        return Client.SendCoreAsync(request, cancellationToken);
    }

    private static string GroupPathName(string name) => PropertyDefinitionRules.ValidExistingName(name, "property group", nameof(name));
}
