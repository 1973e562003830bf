namespace Spoke;

/// <summary>One page of records returned by HubSpot, with the cursor to the next page.</summary>
/// <typeparam name="T">The record type: a generated record or <see cref="CrmObject"/>.</typeparam>
/// <param name="Results">The records on this page, in HubSpot's order.</param>
/// <param name="After">
/// The cursor to pass back to get the next page, or <see langword="null"/> on the last page.
/// For search it is an offset (HubSpot refuses offsets of 10,000 and more; the enumerating search API continues past that by itself).
/// </param>
/// <param name="Total">The total number of matches HubSpot reports for a search; <see langword="null"/> for other listings.</param>
public sealed record CrmPage<T>(IReadOnlyList<T> Results, string? After, long? Total)
{
    /// <summary>Whether another page follows this one.</summary>
    public bool HasMore => After is not null;
}
