using System.Buffers;
using System.Collections.Concurrent;

namespace Spoke.Emulator.Search;

/// <summary>
/// The response bodies of recent searches, keyed by object type and request body, so repeating a search over data that
/// has not changed since answers without scanning again. An entry holds only while the database's write version is the one
/// it was computed at, and only when no matching candidate was still hidden by the indexing delay then (a later search
/// could see it); the oldest entries are dropped past <see cref="Capacity"/>.
/// </summary>
internal sealed class SearchResultCache
{
    /// <summary>How many distinct searches are kept.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<(string TypeId, string Body), Entry> entries = new();
    private readonly ConcurrentQueue<(string TypeId, string Body)> insertionOrder = new();

    /// <summary>The body cached for this search, if it is still what a fresh search would answer.</summary>
    public ArrayBufferWriter<byte>? Find(string typeId, string body, long version, DateTimeOffset visibleBefore) =>
        entries.TryGetValue((typeId, body), out var entry) && entry.Version == version && visibleBefore >= entry.VisibleBefore
            ? entry.Response
            : null;

    /// <summary>Keeps a fresh search's body; call only for a search that hid no match behind the indexing delay.</summary>
    public void Store(string typeId, string body, long version, DateTimeOffset visibleBefore, ArrayBufferWriter<byte> response)
    {
        var key = (typeId, body);
        if (entries.TryGetValue(key, out var existing) && existing.Version > version)
        {
            return;
        }

        var isNew = !entries.ContainsKey(key);
        entries[key] = new Entry(version, visibleBefore, response);
        if (!isNew)
        {
            return;
        }

        insertionOrder.Enqueue(key);
        while (insertionOrder.Count > Capacity && insertionOrder.TryDequeue(out var oldest))
        {
            entries.TryRemove(oldest, out _);
        }
    }

    private sealed record Entry(long Version, DateTimeOffset VisibleBefore, ArrayBufferWriter<byte> Response);
}
