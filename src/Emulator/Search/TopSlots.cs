namespace Spoke.Emulator.Search;

/// <summary>
/// Keeps the first <c>window</c> (after + limit) matching slots in result order without holding or sorting every match:
/// a heap of at most <c>window</c> slots whose top is the current worst, so most matches cost one comparison.
/// </summary>
internal sealed class TopSlots(SlotOrder order, int window)
{
    private readonly PriorityQueue<int, int> worstFirst = new(Comparer<int>.Create((left, right) => order.Compare(right, left)));

    public void Offer(int slot)
    {
        if (worstFirst.Count < window)
        {
            worstFirst.Enqueue(slot, slot);
        }
        else if (window > 0 && order.Compare(slot, worstFirst.Peek()) < 0)
        {
            worstFirst.DequeueEnqueue(slot, slot);
        }
    }

    /// <summary>The kept slots in result order, from <paramref name="skip"/> on.</summary>
    public List<int> Slice(int skip)
    {
        var kept = new int[worstFirst.Count];
        for (var at = kept.Length - 1; at >= 0; at--)
        {
            kept[at] = worstFirst.Dequeue();
        }

        return kept.Length > skip ? kept[skip..].ToList() : [];
    }
}
