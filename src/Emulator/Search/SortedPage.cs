using Spoke.Emulator.State;

namespace Spoke.Emulator.Search;

/// <summary>
/// Keeps the first <c>window</c> matches in sort order (value, then id; unset values last) without holding every match:
/// a heap of at most <c>window</c> records whose top is the current worst. Each record's sort value is read once.
/// </summary>
internal sealed class SortedPage(SearchSort sort, int window)
{
    private readonly PriorityQueue<CrmRecord, SortKey> worstFirst = new(new WorstFirst(sort));
    private readonly WorstFirst order = new(sort);

    public void Offer(CrmRecord record)
    {
        if (window == 0)
        {
            return;
        }

        var key = new SortKey(record.Get(sort.Property.Name), record.Id);
        if (worstFirst.Count < window)
        {
            worstFirst.Enqueue(record, key);
        }
        else if (worstFirst.TryPeek(out _, out var worst) && order.Compare(key, worst) > 0)
        {
            // In worst-first order, "greater" means the new record sorts before the current worst.
            worstFirst.DequeueEnqueue(record, key);
        }
    }

    /// <summary>The kept records in sort order, from <paramref name="skip"/> on.</summary>
    public List<CrmRecord> Slice(int skip)
    {
        var kept = new List<CrmRecord>(worstFirst.Count);
        while (worstFirst.TryDequeue(out var record, out _))
        {
            kept.Add(record);
        }

        kept.Reverse();
        return kept.Count > skip ? kept.GetRange(skip, kept.Count - skip) : [];
    }

    /// <summary>A record's sort value and id, read once when the record is offered.</summary>
    private readonly record struct SortKey(string? Value, long Id);

    /// <summary>The sort order reversed, so the priority queue's minimum is the worst record.</summary>
    private sealed class WorstFirst(SearchSort sort) : IComparer<SortKey>
    {
        public int Compare(SortKey left, SortKey right) => -InOrder(left, right);

        private int InOrder(SortKey left, SortKey right)
        {
            var byValue = FilterMatcher.CompareValues(sort.Property, left.Value, right.Value);
            if (byValue != 0 && left.Value is not null && right.Value is not null && sort.Descending)
            {
                byValue = -byValue;
            }

            return byValue != 0 ? byValue : left.Id.CompareTo(right.Id);
        }
    }
}
