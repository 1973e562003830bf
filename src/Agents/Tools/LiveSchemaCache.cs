using System.Collections.Concurrent;
using Spoke.Pipelines;
using Spoke.Schema;

namespace Spoke.Agents.Tools;

/// <summary>
/// The live account's properties and pipelines per object type, read from HubSpot once and kept for <see cref="TimeToLive"/>, so
/// that a model asking for the schema before every write costs one HubSpot call per object type, not one per question.
/// </summary>
internal sealed class LiveSchemaCache
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, CrmObjectSchema Value)> _schemas = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, IReadOnlyList<CrmPipeline> Value)> _pipelines = new(StringComparer.Ordinal);
    private readonly HubSpotClient _client;
    private readonly TimeProvider _time;

    public LiveSchemaCache(HubSpotClient client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    public Task<CrmObjectSchema> GetAsync(CrmObjectType objectType, CancellationToken cancellationToken = default) =>
        GetOrReadAsync(_schemas, objectType, _client.Schema.GetSchemaAsync, cancellationToken);

    /// <summary>
    /// The object type's pipelines: deals' and tickets' always; a custom object's when it has any (HubSpot refuses the others
    /// with 400 or 404, which reads as none); other objects have none and cost no call.
    /// </summary>
    public Task<IReadOnlyList<CrmPipeline>> GetPipelinesAsync(CrmObjectType objectType, CancellationToken cancellationToken = default) =>
        objectType == CrmObjectType.Deals || objectType == CrmObjectType.Tickets ? GetOrReadAsync(_pipelines, objectType, _client.Pipelines.ListAsync, cancellationToken)
        : objectType.IsCustom ? GetOrReadAsync(_pipelines, objectType, ReadCustomPipelinesAsync, cancellationToken)
        : Task.FromResult<IReadOnlyList<CrmPipeline>>([]);

    private async Task<IReadOnlyList<CrmPipeline>> ReadCustomPipelinesAsync(CrmObjectType objectType, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.Pipelines.ListAsync(objectType, cancellationToken).ConfigureAwait(false);
        }
        catch (HubSpotException exception) when (exception.Status is 400 or 404)
        {
            return [];
        }
    }

    private async Task<T> GetOrReadAsync<T>(
        ConcurrentDictionary<string, (DateTimeOffset ReadAt, T Value)> entries,
        CrmObjectType objectType,
        Func<CrmObjectType, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (entries.TryGetValue(objectType.TypeId, out var entry) && now - entry.ReadAt < TimeToLive)
        {
            return entry.Value;
        }

        var value = await read(objectType, cancellationToken).ConfigureAwait(false);
        entries[objectType.TypeId] = (now, value);
        return value;
    }
}
