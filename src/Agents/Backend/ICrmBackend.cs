using Spoke.Agents.Catalog;

namespace Spoke.Agents.Backend;

/// <summary>
/// The HubSpot operations the four tools need, for any object type by name. Failures throw
/// <see cref="HubSpotCallException"/>, including a record that does not exist (404).
/// </summary>
internal interface ICrmBackend
{
    Task<SearchPage> SearchAsync(string objectType, SearchQuery query, CancellationToken cancellationToken = default);

    Task<CrmRecord> GetAsync(string objectType, string id, string? idProperty, IReadOnlyList<string> properties, bool archived, CancellationToken cancellationToken = default);

    Task<CrmRecord> CreateAsync(string objectType, IReadOnlyDictionary<string, string?> properties, IReadOnlyList<NewRecordAssociation> associations, CancellationToken cancellationToken = default);

    Task<CrmRecord> UpdateAsync(string objectType, string id, string? idProperty, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CrmRecord>> UpsertAsync(string objectType, string idProperty, IReadOnlyList<UpsertInput> inputs, CancellationToken cancellationToken = default);

    Task ArchiveAsync(string objectType, string id, CancellationToken cancellationToken = default);

    Task<AssociationPage> ListAssociationsAsync(string fromObjectType, string fromId, string toObjectType, string? after, CancellationToken cancellationToken = default);

    Task CreateAssociationAsync(string fromObjectType, string fromId, string toObjectType, string toId, AssociationType? type, CancellationToken cancellationToken = default);

    Task RemoveAssociationAsync(string fromObjectType, string fromId, string toObjectType, string toId, AssociationType? type, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AssociationType>> GetAssociationLabelsAsync(string fromObjectType, string toObjectType, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PropertyDefinition>> GetPropertiesAsync(string objectType, CancellationToken cancellationToken = default);
}
