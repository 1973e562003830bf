using Spoke.Agents.Catalog;
using Spoke.Associations;
using Spoke.Search;

namespace Spoke.Agents.Backend;

/// <summary>
/// The HubSpot operations the four tools need, for any object type. Failures, including a record that does not exist
/// (404), throw <see cref="HubSpotCallException"/>.
/// </summary>
internal interface ICrmBackend
{
    Task<CrmPage<CrmObject>> SearchAsync(CrmObjectType objectType, SearchRequest request, CancellationToken cancellationToken = default);

    Task<CrmObject> GetAsync(CrmObjectType objectType, string id, string? idProperty, IReadOnlyList<string> properties, bool archived, CancellationToken cancellationToken = default);

    Task<CrmObject> CreateAsync(CrmObjectType objectType, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default);

    Task<CrmObject> UpdateAsync(CrmObjectType objectType, string id, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default);

    Task<UpsertOutcome> UpsertAsync(CrmObjectType objectType, string idProperty, IReadOnlyList<UpsertInput> inputs, CancellationToken cancellationToken = default);

    Task ArchiveAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AssociatedRecord>> ListAssociationsAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, CancellationToken cancellationToken = default);

    Task CreateAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec, CancellationToken cancellationToken = default);

    Task RemoveAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PropertyDefinition>> GetPropertiesAsync(CrmObjectType objectType, CancellationToken cancellationToken = default);
}
