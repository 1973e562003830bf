using System.Collections.Concurrent;
using Spoke.Agents.Backend;
using Spoke.Agents.Catalog;

namespace Spoke.Agents.Tools;

/// <summary>
/// The live account's properties per object type, read from HubSpot once and kept for <see cref="TimeToLive"/>, so that
/// a model asking for the schema before every write costs one HubSpot call per object type, not one per question.
/// </summary>
internal sealed class LiveSchemaCache
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, IReadOnlyList<PropertyDefinition> Properties)> _entries = new(StringComparer.Ordinal);
    private readonly ICrmBackend _backend;
    private readonly TimeProvider _time;

    public LiveSchemaCache(ICrmBackend backend, TimeProvider time)
    {
        _backend = backend;
        _time = time;
    }

    public async Task<IReadOnlyList<PropertyDefinition>> GetAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (_entries.TryGetValue(objectType.TypeId, out var entry) && now - entry.ReadAt < TimeToLive)
        {
            return entry.Properties;
        }

        var properties = await _backend.GetPropertiesAsync(objectType, cancellationToken).ConfigureAwait(false);
        _entries[objectType.TypeId] = (now, properties);
        return properties;
    }
}
