using System.Globalization;
using Spoke.Search;

namespace Spoke.Search;

/// <summary>
/// Continues a search past HubSpot's cap of <see cref="HubSpotLimits.MaxSearchResults"/> results per query. The search is
/// ordered by <c>hs_object_id</c> ascending from its first page; when the offset reaches the cap, the query is restarted
/// at offset 0 with <c>hs_object_id &gt; last id seen</c> added to every filter group. Because ids are unique and the
/// order is by id, the restarted query begins exactly after the last record returned: no duplicates, no gaps.
/// </summary>
internal static class KeysetContinuation
{
    /// <summary>The property every record has, unique and numeric: the record id.</summary>
    public const string KeyProperty = "hs_object_id";

    private static readonly SearchSort KeyOrder = new(KeyProperty, SortDirection.Ascending);

    /// <summary>Whether the request's order allows keyset continuation: no sort, or <c>hs_object_id</c> ascending.</summary>
    public static bool Supports(SearchRequest request) =>
        request.Sorts.Count == 0 || request.Sorts is [{ PropertyName: KeyProperty, Direction: SortDirection.Ascending }];

    /// <summary>The request ordered by record id, the order keyset continuation needs from the first page on.</summary>
    public static SearchRequest OrderedByKey(SearchRequest request) => request with { Sorts = [KeyOrder] };

    /// <summary>The request restarted after <paramref name="lastId"/>, at offset 0.</summary>
    /// <exception cref="InvalidOperationException">The filter groups leave no room for the extra filter.</exception>
    public static SearchRequest After(SearchRequest original, string lastId)
    {
        var keyFilter = SearchFilter.Create(KeyProperty, SearchOperator.Gt, lastId);
        IReadOnlyList<SearchFilterGroup> groups = original.FilterGroups.Count == 0
            ? [new SearchFilterGroup([keyFilter])]
            : [.. original.FilterGroups.Select(group => group.Filters.Count < HubSpotLimits.MaxFiltersPerGroup
                ? group & keyFilter
                : throw NoRoom($"a filter group already holds {HubSpotLimits.MaxFiltersPerGroup} filters"))];

        var total = groups.Sum(static group => group.Filters.Count);
        if (total > HubSpotLimits.MaxFiltersTotal)
        {
            throw NoRoom($"adding it to each of the {groups.Count} filter groups would make {total.ToString(CultureInfo.InvariantCulture)} filters");
        }

        return original with { FilterGroups = groups };
    }

    /// <summary>The error for a search that passed the cap but cannot be continued because of its sort.</summary>
    public static InvalidOperationException UnsupportedOrder(SearchRequest request) => new(
        $"This search matched more than {HubSpotLimits.MaxSearchResults:N0} records, HubSpot's cap for one query, and it is sorted by "
        + $"'{request.Sorts[0].PropertyName}'. Spoke continues past the cap only in record id order: remove the sort (or sort by "
        + $"{KeyProperty} ascending), or narrow the filters so fewer than {HubSpotLimits.MaxSearchResults:N0} records match.");

    private static InvalidOperationException NoRoom(string reason) => new(
        $"This search matched more than {HubSpotLimits.MaxSearchResults:N0} records, HubSpot's cap for one query. To continue, Spoke adds the "
        + $"filter '{KeyProperty} > last id' to every filter group, but {reason} (HubSpot allows {HubSpotLimits.MaxFiltersPerGroup} per group "
        + $"and {HubSpotLimits.MaxFiltersTotal} in all). Use fewer filters or groups, or split the search.");
}
