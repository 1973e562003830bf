using Spoke.Emulator.State;
using Spoke.Emulator.State.Indexes;

namespace Spoke.Emulator.Search;

/// <summary>
/// Which record slots a search must look at. Each filter group's most selective indexed filter (<c>EQ</c>/<c>IN</c> on a
/// value index; <c>EQ</c>/<c>IN</c>/range on an ordered index; <c>HAS_PROPERTY</c>) is counted first, smallest wins, and
/// its hits become the group's candidates; the search then tests only the union of the groups' candidates. When a
/// group has no indexed filter every slot is a candidate. With one group, a filter whose hits are exact is marked
/// <see cref="Served"/> so it is not tested again per record.
/// </summary>
internal sealed class CandidatePlan : IDisposable
{
    private readonly SlotSet candidates;

    private CandidatePlan(SlotSet candidates, SlotFilter? served)
    {
        this.candidates = candidates;
        Served = served;
    }

    /// <summary>A filter every candidate already passes, or <see langword="null"/>.</summary>
    public SlotFilter? Served { get; }

    public static CandidatePlan For(ObjectCollection collection, IReadOnlyList<IReadOnlyList<SlotFilter>> groups)
    {
        var drivers = new List<SlotFilter>(groups.Count);
        foreach (var group in groups)
        {
            SlotFilter? best = null;
            var bestCount = int.MaxValue;
            foreach (var filter in group)
            {
                if (Estimate(collection, filter.Filter) is { } count && count < bestCount)
                {
                    best = filter;
                    bestCount = count;
                }
            }

            if (best is null)
            {
                return Everything(collection);
            }

            drivers.Add(best);
        }

        if (drivers.Count == 0)
        {
            return Everything(collection);
        }

        var set = new SlotSet(collection.SlotCount);
        foreach (var driver in drivers)
        {
            AddHits(collection, driver.Filter, set);
        }

        var served = drivers.Count == 1 && IsExact(collection, drivers[0].Filter) ? drivers[0] : null;
        return new CandidatePlan(set, served);
    }

    /// <summary>The candidate slots in ascending (or descending) order.</summary>
    public SlotSet.Enumerator Slots(bool descending) => candidates.InOrder(descending);

    public void Dispose() => candidates.Dispose();

    private static CandidatePlan Everything(ObjectCollection collection)
    {
        var all = new SlotSet(collection.SlotCount);
        all.AddFirst(collection.SlotCount);
        return new CandidatePlan(all, null);
    }

    /// <summary>How many slots an index gives for a filter, or <see langword="null"/> when no index serves it.</summary>
    private static int? Estimate(ObjectCollection collection, SearchFilter filter)
    {
        if (filter.Property is not { } property || !IsIndexed(filter))
        {
            return null;
        }

        var index = collection.IndexOf(property);
        if (filter.Operator == SearchOperator.HAS_PROPERTY)
        {
            return index.Column.Count;
        }

        if (index.Ordered is { } ordered)
        {
            return Ranges(index, filter).Sum(ordered.Count);
        }

        return index.Values is { } values && filter.Operator is SearchOperator.EQ or SearchOperator.IN
            ? filter.Values.Sum(v => values.Find(v).Count)
            : null;
    }

    private static void AddHits(ObjectCollection collection, SearchFilter filter, SlotSet set)
    {
        var index = collection.IndexOf(filter.Property!);
        if (filter.Operator == SearchOperator.HAS_PROPERTY)
        {
            for (var slot = 0; slot < collection.SlotCount; slot++)
            {
                if (index.Column.Value(slot) is not null)
                {
                    set.Add(slot);
                }
            }
        }
        else if (index.Ordered is { } ordered)
        {
            foreach (var range in Ranges(index, filter))
            {
                ordered.AddTo(set, range);
            }
        }
        else
        {
            foreach (var value in filter.Values)
            {
                set.AddAll(index.Values!.Find(value));
            }
        }
    }

    private static bool IsIndexed(SearchFilter filter) => filter.Operator is SearchOperator.EQ or SearchOperator.IN or SearchOperator.HAS_PROPERTY
        or SearchOperator.LT or SearchOperator.LTE or SearchOperator.GT or SearchOperator.GTE or SearchOperator.BETWEEN;

    private static bool IsExact(ObjectCollection collection, SearchFilter filter)
    {
        var index = collection.IndexOf(filter.Property!);
        return filter.Operator == SearchOperator.HAS_PROPERTY || index.Ordered is not null || index.Values!.IsExact;
    }

    /// <summary>The key ranges of a filter on an ordered index.</summary>
    private static IEnumerable<KeyRange> Ranges(PropertyIndex index, SearchFilter filter)
    {
        var type = index.Column.Property.Type;
        var keys = filter.Values.Select(v => ColumnKeys.Of(type, v)).ToList();
        return filter.Operator switch
        {
            SearchOperator.EQ or SearchOperator.IN => keys.Select(KeyRange.Exactly),
            SearchOperator.LT => [new KeyRange(null, false, keys[0], false)],
            SearchOperator.LTE => [new KeyRange(null, false, keys[0], true)],
            SearchOperator.GT => [new KeyRange(keys[0], false, null, false)],
            SearchOperator.GTE => [new KeyRange(keys[0], true, null, false)],
            SearchOperator.BETWEEN => [new KeyRange(keys[0], true, keys[1], true)],
            _ => [],
        };
    }
}
