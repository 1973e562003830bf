using Spoke.Agents.Audit;
using Spoke.Agents.Catalog;
using Spoke.Associations;
using Spoke.Search;

namespace Spoke.Agents.Backend;

/// <summary>The tools' HubSpot operations on the runtime's untyped <see cref="HubSpotClient"/> API.</summary>
internal sealed class HubSpotClientBackend : ICrmBackend
{
    private readonly HubSpotClient _client;

    public HubSpotClientBackend(HubSpotClient client)
    {
        _client = client;
    }

    public Task<CrmPage<CrmObject>> SearchAsync(CrmObjectType objectType, SearchRequest request, int limit, string? after, CancellationToken cancellationToken = default) =>
        Call(async () => await _client.SearchAsync(objectType, request, cancellationToken).AsPages(after, limit).FirstAsync(cancellationToken).ConfigureAwait(false));

    public Task<CrmObject> GetAsync(CrmObjectType objectType, string id, string? idProperty, IReadOnlyList<string> properties, bool archived, CancellationToken cancellationToken = default) =>
        Call(() => idProperty is null
            ? _client.GetAsync(objectType, id, properties, archived, cancellationToken)
            : _client.GetByUniquePropertyAsync(objectType, idProperty, id, properties, cancellationToken));

    public Task<CrmObject> CreateAsync(CrmObjectType objectType, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default) =>
        Call(() => _client.CreateAsync(objectType, new CrmObjectInput(properties), associations: null, cancellationToken));

    public Task<CrmObject> UpdateAsync(CrmObjectType objectType, string id, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default) =>
        Call(() => _client.UpdateAsync(objectType, id, new CrmObjectInput(properties), cancellationToken));

    public Task<UpsertOutcome> UpsertAsync(CrmObjectType objectType, string idProperty, IReadOnlyList<UpsertInput> inputs, CancellationToken cancellationToken = default) =>
        Call(async () =>
        {
            var result = await _client.BatchUpsertAsync(
                objectType,
                idProperty,
                inputs.Select(input => new CrmObjectInput(input.Properties.Append(new(idProperty, input.Id)))),
                options: null,
                cancellationToken).ConfigureAwait(false);
            return new UpsertOutcome(
                [.. result.Records],
                [.. result.Failures.Select(failure => new RecordFailure(inputs[failure.Index].Id, failure.Error!.ToString()))]);
        });

    public Task ArchiveAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken = default) =>
        Call(async () =>
        {
            await _client.ArchiveAsync(objectType, id, cancellationToken).ConfigureAwait(false);
            return true;
        });

    public Task<IReadOnlyList<AssociatedRecord>> ListAssociationsAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, CancellationToken cancellationToken = default) =>
        Call(async () =>
        {
            var results = new List<AssociatedRecord>();
            await foreach (var associated in _client.Associations.ListAsync(fromType, fromId, toType, cancellationToken).ConfigureAwait(false))
            {
                results.Add(associated);
            }

            return (IReadOnlyList<AssociatedRecord>)results;
        });

    public Task<CrmPage<AssociatedRecord>> ListAssociationsPageAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string? after, int limit, CancellationToken cancellationToken = default) =>
        Call(async () => await _client.Associations.ListAsync(fromType, fromId, toType, cancellationToken).AsPages(after, limit).FirstAsync(cancellationToken).ConfigureAwait(false));

    public Task<IReadOnlyList<AssociationTypeLabel>> GetAssociationLabelsAsync(CrmObjectType fromType, CrmObjectType toType, CancellationToken cancellationToken = default) =>
        Call(() => _client.Associations.GetLabelsAsync(fromType, toType, cancellationToken));

    public Task<AssociationSpec> FindAssociationTypeAsync(CrmObjectType fromType, CrmObjectType toType, string label, CancellationToken cancellationToken = default) =>
        Call(() => _client.Associations.GetTypeByLabelAsync(fromType, toType, label, cancellationToken));

    public Task CreateAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec, CancellationToken cancellationToken = default) =>
        Call(async () =>
        {
            await (spec is { } type
                ? _client.Associations.CreateAsync(fromType, fromId, toType, toId, type, cancellationToken)
                : _client.Associations.CreateDefaultAsync(fromType, fromId, toType, toId, cancellationToken)).ConfigureAwait(false);
            return true;
        });

    public Task RemoveAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec, CancellationToken cancellationToken = default) =>
        Call(async () =>
        {
            await (spec is { } one
                ? _client.Associations.RemoveAsync(fromType, fromId, toType, toId, one, cancellationToken)
                : _client.Associations.RemoveAsync(fromType, fromId, toType, toId, cancellationToken)).ConfigureAwait(false);
            return true;
        });

    public Task<IReadOnlyList<PropertyDefinition>> GetPropertiesAsync(CrmObjectType objectType, CancellationToken cancellationToken = default) =>
        Call(async () =>
        {
            var schema = await _client.Schema.GetSchemaAsync(objectType, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<PropertyDefinition>)[.. schema.Properties.Select(property => new PropertyDefinition(
                property.Name,
                property.Label,
                property.Type,
                property.FieldType,
                property.Description ?? string.Empty,
                property.GroupName,
                [.. property.Options.Where(option => !option.Hidden).Select(option => new PropertyOption(option.Value, option.Label))],
                IsReadOnly: property.ReadOnlyValue || property.Calculated,
                IsHidden: property.Hidden))];
        });

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (HubSpotException exception)
        {
            throw HubSpotCallException.From(exception);
        }
    }
}
