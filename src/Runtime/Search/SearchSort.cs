namespace Spoke.Search;

/// <summary>A sort rule of a search request (HubSpot allows <see cref="HubSpotLimits.MaxSorts"/>).</summary>
/// <param name="PropertyName">The property's wire name.</param>
/// <param name="Direction">The direction.</param>
public sealed record SearchSort(string PropertyName, SortDirection Direction);
