namespace Spoke.Search;

/// <summary>Filters that must all match (AND). The groups of a search request are ORed.</summary>
public sealed class SearchFilterGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="filters">The filters, all of which must match.</param>
    /// <exception cref="ArgumentException">The group is empty or holds a null filter.</exception>
    /// <exception cref="ArgumentException">The group holds more than <see cref="HubSpotLimits.MaxFiltersPerGroup"/> filters.</exception>
    public SearchFilterGroup(IReadOnlyList<SearchFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
        {
            throw new ArgumentException("A filter group needs at least one filter.", nameof(filters));
        }

        foreach (var filter in filters)
        {
            if (filter is null)
            {
                throw new ArgumentException("A filter group cannot hold a null filter.", nameof(filters));
            }
        }

        HubSpotLimits.ThrowIfAbove(nameof(HubSpotLimits.MaxFiltersPerGroup), HubSpotLimits.MaxFiltersPerGroup, filters.Count, "filters in one filter group");
        Filters = filters;
    }

    /// <summary>The filters, all of which must match.</summary>
    public IReadOnlyList<SearchFilter> Filters { get; }

    /// <summary>A group of one filter.</summary>
    /// <param name="filter">The filter.</param>
    public static implicit operator SearchFilterGroup(SearchFilter filter) => new([filter]);

    /// <summary>Adds a filter that must also match.</summary>
    /// <param name="group">The group.</param>
    /// <param name="filter">The filter to add.</param>
    /// <exception cref="ArgumentException">The group would exceed <see cref="HubSpotLimits.MaxFiltersPerGroup"/>.</exception>
    public static SearchFilterGroup operator &(SearchFilterGroup group, SearchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new([.. group.Filters, filter]);
    }

    /// <summary>Joins two groups into one whose filters must all match.</summary>
    /// <param name="left">The first group.</param>
    /// <param name="right">The second group.</param>
    /// <exception cref="ArgumentException">The group would exceed <see cref="HubSpotLimits.MaxFiltersPerGroup"/>.</exception>
    public static SearchFilterGroup operator &(SearchFilterGroup left, SearchFilterGroup right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new([.. left.Filters, .. right.Filters]);
    }
}
