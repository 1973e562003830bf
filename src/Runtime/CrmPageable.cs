using Spoke.Paging;

namespace Spoke;

/// <summary>
/// The results of a search or a listing, fetched page by page as they are enumerated. Enumerate the values with
/// <c>await foreach</c> (and stop early with <c>.Take(n)</c>), or the pages with <see cref="AsPages(string?, int?)"/> to keep
/// a continuation token and resume later, in this process or another.
/// </summary>
/// <typeparam name="T">The value type: a generated record, <see cref="CrmObject"/>, or an associated record.</typeparam>
/// <remarks>
/// Nothing is sent until enumeration starts, and every enumeration starts again from HubSpot. Arguments are checked when the
/// pageable is made. In tests, build one from pages with <see cref="FromPages(IEnumerable{CrmPage{T}})"/>.
/// </remarks>
public abstract class CrmPageable<T> : IAsyncEnumerable<T>
    where T : notnull
{
    /// <summary>Creates a pageable; derive from it to fake a search or listing in tests.</summary>
    protected CrmPageable()
    {
    }

    /// <summary>Enumerates the results page by page.</summary>
    /// <param name="continuationToken">
    /// A <see cref="CrmPage{T}.ContinuationToken"/> from a page of the same search or listing, to continue after that page;
    /// <see langword="null"/> to start at the beginning.
    /// </param>
    /// <param name="pageSizeHint">
    /// How many values to ask HubSpot for per page; <see langword="null"/> for the largest page HubSpot allows (200 for search,
    /// 100 for records, 500 for associations). A page can hold fewer.
    /// </param>
    /// <returns>The pages.</returns>
    /// <exception cref="ArgumentException">
    /// The token was not issued by this search or listing (another query, object type or record), or is malformed; the message says which.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size hint is outside the range HubSpot allows; the message names the limit.</exception>
    public abstract IAsyncEnumerable<CrmPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Enumerates every value of every page.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The values, in HubSpot's order.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var value in page.Values)
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// A pageable over pages made in advance, for tests and fakes. <see cref="AsPages(string?, int?)"/> with a token starts
    /// after the page that carries that token; the page size hint is ignored.
    /// </summary>
    /// <param name="pages">The pages, in order; build them with <see cref="HubSpotModelFactory.CrmPage{T}"/>.</param>
    /// <returns>The pageable.</returns>
    public static CrmPageable<T> FromPages(IEnumerable<CrmPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new StaticPageable<T>([.. pages]);
    }
}
