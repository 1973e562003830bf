using System.Collections.Concurrent;
using Spoke.Schema;

namespace Spoke.Agents.Tools;

/// <summary>
/// The live account's properties per object type, read from HubSpot once and kept for <see cref="TimeToLive"/>, so that
/// a model asking for the schema before every write costs one HubSpot call per object type, not one per question.
/// </summary>
internal sealed class LiveSchemaCache
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, CrmObjectSchema Schema)> _entries = new(StringComparer.Ordinal);
    private readonly HubSpotClient _client;
    private readonly TimeProvider _time;

    public LiveSchemaCache(HubSpotClient client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    public async Task<CrmObjectSchema> GetAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (_entries.TryGetValue(objectType.TypeId, out var entry) && now - entry.ReadAt < TimeToLive)
        {
            return entry.Schema;
        }

        var schema = await _client.Schema.GetSchemaAsync(objectType, cancellationToken).ConfigureAwait(false);
        _entries[objectType.TypeId] = (now, schema);
        return schema;
    }
}
