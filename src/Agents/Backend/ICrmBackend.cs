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
    /// <summary>One page of a search: <paramref name="limit"/> records from the continuation token <paramref name="after"/> (null for the first page).</summary>
    Task<CrmPage<CrmObject>> SearchAsync(CrmObjectType objectType, SearchRequest request, int limit, string? after, CancellationToken cancellationToken = default);

    Task<CrmObject> GetAsync(CrmObjectType objectType, string id, string? idProperty, IReadOnlyList<string> properties, bool archived, CancellationToken cancellationToken = default);

    Task<CrmObject> CreateAsync(CrmObjectType objectType, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default);

    Task<CrmObject> UpdateAsync(CrmObjectType objectType, string id, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default);

    Task<UpsertOutcome> UpsertAsync(CrmObjectType objectType, string idProperty, IReadOnlyList<UpsertInput> inputs, CancellationToken cancellationToken = default);

    Task ArchiveAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AssociatedRecord>> ListAssociationsAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, CancellationToken cancellationToken = default);

    Task<CrmPage<AssociatedRecord>> ListAssociationsPageAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>The association types defined between two object types: HubSpot's and the account's labels.</summary>
    Task<IReadOnlyList<AssociationTypeLabel>> GetAssociationLabelsAsync(CrmObjectType fromType, CrmObjectType toType, CancellationToken cancellationToken = default);

    /// <summary>The association type with a label; throws <see cref="ArgumentException"/> naming the labels that exist.</summary>
    Task<AssociationSpec> FindAssociationTypeAsync(CrmObjectType fromType, CrmObjectType toType, string label, CancellationToken cancellationToken = default);

    Task CreateAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec, CancellationToken cancellationToken = default);

    /// <summary>Removes one association type between the records, or every type when <paramref name="spec"/> is null.</summary>
    Task RemoveAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PropertyDefinition>> GetPropertiesAsync(CrmObjectType objectType, CancellationToken cancellationToken = default);
}
