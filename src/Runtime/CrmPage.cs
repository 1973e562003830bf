namespace Spoke;

/// <summary>One page of a <see cref="CrmPageable{T}"/>: its values, and the token that continues after it.</summary>
/// <typeparam name="T">The value type: a generated record, <see cref="CrmObject"/>, or an associated record.</typeparam>
/// <remarks>Build one in tests with <see cref="HubSpotModelFactory.CrmPage{T}"/>.</remarks>
public sealed class CrmPage<T>
{
    internal CrmPage(IReadOnlyList<T> values, string? continuationToken, long? total)
    {
        Values = values;
        ContinuationToken = continuationToken;
        Total = total;
    }

    /// <summary>The values on this page, in HubSpot's order.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>
    /// Continues after this page: pass it to <see cref="CrmPageable{T}.AsPages(string?, int?)"/>, now or in another process, to
    /// get the following pages. <see langword="null"/> on the last page.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>The number of matches HubSpot reports for a search; <see langword="null"/> for listings, which HubSpot does not count.</summary>
    public long? Total { get; }
}
