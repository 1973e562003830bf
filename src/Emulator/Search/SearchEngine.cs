using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Search;

/// <summary>
/// Runs a search over one object type: narrows candidates through value indexes when every filter group has an
/// EQ or IN filter, evaluates the groups (ORed) of filters (ANDed), applies the query, hides archived and not yet
/// indexed records, sorts and pages. Call under the database's read lock.
/// </summary>
internal static class SearchEngine
{
    public static (int Total, IReadOnlyList<CrmRecord> Page, int? NextAfter) Run(
        CrmDatabase database,
        ObjectTypeDefinition type,
        SearchRequest request,
        DateTimeOffset visibleBefore)
    {
        var collection = database.Collection(type);
        var matches = new List<CrmRecord>();
        foreach (var record in Candidates(collection, request))
        {
            if (!record.IsArchived && record.UpdatedAt <= visibleBefore && Passes(record, request, database, type))
            {
                matches.Add(record);
            }
        }

        if (request.Sort is { } sort)
        {
            var property = sort.Property;
            var direction = sort.Descending ? -1 : 1;
            matches.Sort((left, right) =>
            {
                var byValue = FilterMatcher.CompareValues(property, left.Get(property.Name), right.Get(property.Name));
                if (byValue != 0 && left.Get(property.Name) is not null && right.Get(property.Name) is not null)
                {
                    byValue *= direction;
                }

                return byValue != 0 ? byValue : left.Id.CompareTo(right.Id);
            });
        }

        var reachable = Math.Min(matches.Count, SearchRequestReader.MaxResults);
        var start = Math.Min(request.After, reachable);
        var count = Math.Min(request.Limit, reachable - start);
        var page = matches.GetRange(start, count);
        var next = start + count;
        return (matches.Count, page, next < reachable && request.Limit > 0 ? next : null);
    }

    private static bool Passes(CrmRecord record, SearchRequest request, CrmDatabase database, ObjectTypeDefinition type)
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
                if (!FilterMatcher.Matches(filter, record, database, type.TypeId))
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

    /// <summary>The records worth evaluating, oldest first: index hits when every group can use an index, else all.</summary>
    private static IEnumerable<CrmRecord> Candidates(ObjectCollection collection, SearchRequest request)
    {
        if (request.FilterGroups.Count == 0)
        {
            return collection.Records;
        }

        var ids = new HashSet<long>();
        foreach (var group in request.FilterGroups)
        {
            IEnumerable<long>? best = null;
            var bestCount = int.MaxValue;
            foreach (var filter in group)
            {
                if (IndexHits(collection, filter) is { } hits && hits.Count < bestCount)
                {
                    best = hits;
                    bestCount = hits.Count;
                }
            }

            if (best is null)
            {
                return collection.Records;
            }

            ids.UnionWith(best);
        }

        var ordered = ids.ToArray();
        Array.Sort(ordered);
        return ordered.Select(id => collection.Find(id)).OfType<CrmRecord>();
    }

    private static IReadOnlyCollection<long>? IndexHits(ObjectCollection collection, SearchFilter filter)
    {
        if (filter.Property is not { } property || property.Type == PropertyType.Number
            || filter.Operator is not (SearchOperator.EQ or SearchOperator.IN))
        {
            return null;
        }

        var index = collection.IndexOf(property);
        if (filter.Values.Count == 1)
        {
            return (IReadOnlyCollection<long>)index.Find(index.KeyOf(filter.Values[0]));
        }

        var union = new HashSet<long>();
        foreach (var value in filter.Values)
        {
            union.UnionWith(index.Find(index.KeyOf(value)));
        }

        return union;
    }
}
