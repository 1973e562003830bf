using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Search;

/// <summary>
/// Runs a search over one object type on the property columns and indexes: takes the candidates the indexes give
/// (<see cref="CandidatePlan"/>), skips archived and not yet indexed records, tests the groups (ORed) of filters (ANDed)
/// and the query, counts every match and keeps only the requested page (<see cref="TopSlots"/>), so records outside
/// the page are never read. Call under the database's read lock.
/// </summary>
internal static class SearchEngine
{
    /// <summary>The matches' total, the requested page and the next offset.</summary>
    public static (int Total, IReadOnlyList<CrmRecord> Page, int? NextAfter) Run(
        CrmDatabase database,
        ObjectTypeDefinition type,
        SearchRequest request,
        DateTimeOffset visibleBefore)
    {
        var collection = database.Collection(type);
        var groups = request.FilterGroups
            .Select(g => g.Select(f => SlotFilter.For(f, collection, database)).OrderBy(f => f.Cost).ToList())
            .ToList();
        var window = Math.Min(request.After + request.Limit, SearchRequestReader.MaxResults);
        var page = new TopSlots(new SlotOrder(collection, request.Sort), window);
        var visibleBeforeTicks = visibleBefore.UtcTicks;
        var total = 0;
        using (var plan = CandidatePlan.For(collection, groups))
        {
            // Visiting slots in the sort's direction means a sort on creation time (the usual "newest first") fills the
            // page early and rejects later matches with one comparison each.
            foreach (var slot in plan.Slots(descending: request.Sort is { Descending: true }))
            {
                if (collection.IsSearchable(slot, visibleBeforeTicks) && Passes(slot, groups, plan.Served)
                    && (request.Query is not { } query || FilterMatcher.MatchesQuery(query, collection.AtSlot(slot)!, type)))
                {
                    page.Offer(slot);
                    total++;
                }
            }
        }

        var results = page.Slice(request.After).Select(slot => collection.AtSlot(slot)!).ToList();
        var reachable = Math.Min(total, SearchRequestReader.MaxResults);
        var next = request.After + results.Count;
        return (total, results, request.Limit > 0 && next < reachable ? next : null);
    }

    private static bool Passes(int slot, List<List<SlotFilter>> groups, SlotFilter? served)
    {
        if (groups.Count == 0)
        {
            return true;
        }

        foreach (var group in groups)
        {
            var all = true;
            foreach (var filter in group)
            {
                if (filter != served && !filter.Matches(slot))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
