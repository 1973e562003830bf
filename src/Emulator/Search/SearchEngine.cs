using System.Buffers;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Search;

/// <summary>
/// Runs a search over one object type: narrows candidates through value indexes when every filter group has an
/// EQ or IN filter, evaluates the groups (ORed) of filters (ANDed), applies the query, hides archived and not yet
/// indexed records, then keeps only the requested page (a bounded selection when sorted), so a search over 100,000
/// records allocates little. Call under the database's read lock.
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
        var window = Math.Min(request.After + request.Limit, SearchRequestReader.MaxResults);
        var page = request.Sort is { } sort ? new SortedPage(sort, window) : null;
        var unsorted = new List<CrmRecord>(request.Limit);
        var total = 0;
        var (candidates, served) = Candidates(collection, request);
        foreach (var record in candidates)
        {
            if (record.IsArchived)
            {
                continue;
            }

            if (record.UpdatedAt > visibleBefore)
            {
                continue;
            }

            if (!Passes(record, request, served, database, type))
            {
                continue;
            }

            if (page is not null)
            {
                page.Offer(record);
            }
            else if (total >= request.After && total < window)
            {
                unsorted.Add(record);
            }

            total++;
        }

        var results = page?.Slice(request.After) ?? unsorted;
        var reachable = Math.Min(total, SearchRequestReader.MaxResults);
        var next = request.After + results.Count;
        return (total, results, request.Limit > 0 && next < reachable ? next : null);
    }

    private static bool Passes(CrmRecord record, SearchRequest request, SearchFilter? served, CrmDatabase database, ObjectTypeDefinition type)
    {
        if (request.Query is { } query && !FilterMatcher.MatchesQuery(query, record, type))
        {
            return false;
        }

        if (request.FilterGroups.Count == 0)
        {
            return true;
        }

        foreach (var group in request.FilterGroups)
        {
            var all = true;
            foreach (var filter in group)
            {
                if (filter != served && !FilterMatcher.Matches(filter, record, database, type.TypeId))
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

    /// <summary>
    /// The records worth evaluating, oldest first: index hits of each group's most selective EQ or IN filter when every
    /// group has one, else all. With a single group, the filter whose hits were taken is returned as served when its
    /// index keys are exactly its values (enumerations), so it need not be evaluated again per record.
    /// </summary>
    private static (IEnumerable<CrmRecord> Records, SearchFilter? Served) Candidates(ObjectCollection collection, SearchRequest request)
    {
        var hitLists = new List<IReadOnlyList<CrmRecord>>();
        SearchFilter? chosen = null;
        foreach (var group in request.FilterGroups)
        {
            List<IReadOnlyList<CrmRecord>>? best = null;
            var bestCount = int.MaxValue;
            foreach (var filter in group)
            {
                if (IndexHits(collection, filter) is { } hits && hits.Sum(h => h.Count) is var count && count < bestCount)
                {
                    best = hits;
                    bestCount = count;
                    chosen = filter;
                }
            }

            if (best is null)
            {
                return (collection.Records, null);
            }

            hitLists.AddRange(best);
        }

        var served = request.FilterGroups.Count == 1 && chosen?.Property is { IsCaseSensitive: true } ? chosen : null;
        return hitLists.Count switch
        {
            0 => (collection.Records, null),
            1 => (hitLists[0], served),
            _ => (Merged(hitLists), served),
        };
    }

    /// <summary>The union of several id-ordered record lists, in id order, using a pooled buffer.</summary>
    private static IEnumerable<CrmRecord> Merged(List<IReadOnlyList<CrmRecord>> lists)
    {
        var count = lists.Sum(l => l.Count);
        var buffer = ArrayPool<CrmRecord>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var at = 0;
            foreach (var list in lists)
            {
                for (var index = 0; index < list.Count; index++)
                {
                    buffer[at++] = list[index];
                }
            }

            Array.Sort(buffer, 0, count, ById);
            for (var index = 0; index < count; index++)
            {
                if (index == 0 || buffer[index] != buffer[index - 1])
                {
                    yield return buffer[index];
                }
            }
        }
        finally
        {
            ArrayPool<CrmRecord>.Shared.Return(buffer, clearArray: true);
        }
    }

    private static readonly IComparer<CrmRecord> ById = Comparer<CrmRecord>.Create((left, right) => left.Id.CompareTo(right.Id));

    private static List<IReadOnlyList<CrmRecord>>? IndexHits(ObjectCollection collection, SearchFilter filter)
    {
        if (filter.Property is not { } property || property.Type == PropertyType.Number
            || filter.Operator is not (SearchOperator.EQ or SearchOperator.IN))
        {
            return null;
        }

        var index = collection.IndexOf(property);
        return filter.Values.Select(value => index.Find(index.KeyOf(value))).ToList();
    }
}
