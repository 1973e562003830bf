namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// The record slots of one number, date or datetime property sorted by key (then slot), so range, <c>EQ</c> and
/// <c>IN</c> filters find and count their hits by binary search. Kept in chunks of at most <see cref="MaxChunk"/>
/// entries, so a write moves at most one chunk's entries rather than the whole index. Keys compare with
/// <see cref="double.CompareTo(double)"/>, which puts unparseable (NaN) keys first, as the filters do.
/// </summary>
internal sealed class OrderedIndex
{
    private const int MaxChunk = 1_024;
    private readonly List<List<Entry>> chunks = [];

    /// <summary>Builds the index from unsorted entries.</summary>
    public OrderedIndex(List<(double Key, int Slot)> entries)
    {
        var sorted = entries.Select(e => new Entry(e.Key, e.Slot)).ToArray();
        Array.Sort(sorted);
        for (var start = 0; start < sorted.Length; start += MaxChunk / 2)
        {
            chunks.Add([.. sorted.AsSpan(start, Math.Min(MaxChunk / 2, sorted.Length - start))]);
        }
    }

    public void Add(double key, int slot)
    {
        var entry = new Entry(key, slot);
        if (chunks.Count == 0)
        {
            chunks.Add([entry]);
            return;
        }

        var at = ChunkFor(entry);
        var chunk = chunks[at];
        var position = chunk.BinarySearch(entry);
        chunk.Insert(position < 0 ? ~position : position, entry);
        if (chunk.Count > MaxChunk)
        {
            var upper = chunk.GetRange(MaxChunk / 2, chunk.Count - MaxChunk / 2);
            chunk.RemoveRange(MaxChunk / 2, chunk.Count - MaxChunk / 2);
            chunks.Insert(at + 1, upper);
        }
    }

    public void Remove(double key, int slot)
    {
        var entry = new Entry(key, slot);
        if (chunks.Count == 0)
        {
            return;
        }

        var at = ChunkFor(entry);
        var chunk = chunks[at];
        var position = chunk.BinarySearch(entry);
        if (position < 0)
        {
            return;
        }

        chunk.RemoveAt(position);
        if (chunk.Count == 0)
        {
            chunks.RemoveAt(at);
        }
    }

    /// <summary>How many entries fall in a range.</summary>
    public int Count(KeyRange range)
    {
        var (from, to) = Bounds(range);
        var count = 0;
        for (var chunk = from.Chunk; chunk <= to.Chunk && chunk < chunks.Count; chunk++)
        {
            var start = chunk == from.Chunk ? from.Offset : 0;
            var end = chunk == to.Chunk ? to.Offset : chunks[chunk].Count;
            count += Math.Max(0, end - start);
        }

        return count;
    }

    /// <summary>Adds the slots of every entry in a range to a set.</summary>
    public void AddTo(SlotSet set, KeyRange range)
    {
        var (from, to) = Bounds(range);
        for (var chunk = from.Chunk; chunk <= to.Chunk && chunk < chunks.Count; chunk++)
        {
            var entries = chunks[chunk];
            var end = chunk == to.Chunk ? to.Offset : entries.Count;
            for (var offset = chunk == from.Chunk ? from.Offset : 0; offset < end; offset++)
            {
                set.Add(entries[offset].Slot);
            }
        }
    }

    private (Position From, Position To) Bounds(KeyRange range)
    {
        var from = range.Low is { } low ? Find(low, afterEqualKeys: !range.LowInclusive) : new Position(0, 0);
        var to = range.High is { } high ? Find(high, afterEqualKeys: range.HighInclusive) : new Position(chunks.Count, 0);
        return (from, to);
    }

    /// <summary>The first entry whose key is greater than (or, unless <paramref name="afterEqualKeys"/>, equal to) a key.</summary>
    private Position Find(double key, bool afterEqualKeys)
    {
        var chunk = FirstChunkWhere(c => IsPast(c[^1].Key, key, afterEqualKeys));
        if (chunk == chunks.Count)
        {
            return new Position(chunk, 0);
        }

        var entries = chunks[chunk];
        int low = 0, high = entries.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (IsPast(entries[middle].Key, key, afterEqualKeys))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return new Position(chunk, low);
    }

    private static bool IsPast(double entryKey, double key, bool afterEqualKeys) =>
        entryKey.CompareTo(key) is var order && (afterEqualKeys ? order > 0 : order >= 0);

    /// <summary>The chunk an entry belongs in: the first whose last entry is not below it, else the last.</summary>
    private int ChunkFor(Entry entry)
    {
        var at = FirstChunkWhere(c => c[^1].CompareTo(entry) >= 0);
        return Math.Min(at, chunks.Count - 1);
    }

    /// <summary>The first chunk satisfying a condition that holds for every chunk after it too; the count when none does.</summary>
    private int FirstChunkWhere(Func<List<Entry>, bool> condition)
    {
        int low = 0, high = chunks.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (condition(chunks[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private readonly record struct Position(int Chunk, int Offset);

    private readonly record struct Entry(double Key, int Slot) : IComparable<Entry>
    {
        public int CompareTo(Entry other) => Key.CompareTo(other.Key) is var order && order != 0 ? order : Slot.CompareTo(other.Slot);
    }
}
