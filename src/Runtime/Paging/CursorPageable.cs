using System.Runtime.CompilerServices;

namespace Spoke.Paging;

/// <summary>
/// A listing HubSpot pages with an <c>after</c> cursor (records of an object type, associations of a record): each page's
/// continuation token wraps the cursor of the next page, with the listing's kind and fingerprint.
/// </summary>
internal sealed class CursorPageable<T> : CrmPageable<T>
    where T : notnull
{
    private readonly CursorListing _listing;
    private readonly string _fingerprint;
    private readonly Func<string?, int, CancellationToken, Task<CursorPage<T>>> _fetchPage;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Creates the pageable.</summary>
    /// <param name="listing">What kind of listing it is and its page size limit.</param>
    /// <param name="identity">What is listed, for the fingerprint that ties tokens to this listing.</param>
    /// <param name="fetchPage">Reads the page after a cursor (null for the first), of a page size.</param>
    /// <param name="cancellationToken">The cancellation token of the call that made the pageable.</param>
    public CursorPageable(CursorListing listing, string identity, Func<string?, int, CancellationToken, Task<CursorPage<T>>> fetchPage, CancellationToken cancellationToken)
    {
        _listing = listing;
        _fingerprint = ContinuationToken.Fingerprint(identity);
        _fetchPage = fetchPage;
        _cancellationToken = cancellationToken;
    }

    public override IAsyncEnumerable<CrmPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        HubSpotLimits.ThrowIfPageSizeOutOfRange(pageSizeHint, _listing.PageSizeLimitName, _listing.MaxPageSize, nameof(pageSizeHint));
        var after = continuationToken is null ? null : Cursor(continuationToken);
        return PagesAsync(after, pageSizeHint ?? _listing.MaxPageSize);
    }

    private string Cursor(string continuationToken)
    {
        var position = ContinuationToken.Decode(continuationToken, _listing.Kind, _fingerprint, _listing.Description);
        return string.IsNullOrEmpty(position.After) || position.Offset != 0 || position.Before != 0
            ? throw ContinuationToken.Invalid($"it holds no {_listing.Description} cursor")
            : position.After;
    }

    private async IAsyncEnumerable<CrmPage<T>> PagesAsync(string? after, int pageSize, [EnumeratorCancellation] CancellationToken enumerationCancellation = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, enumerationCancellation);
        do
        {
            var page = await _fetchPage(after, pageSize, cancellation.Token).ConfigureAwait(false);
            after = string.IsNullOrEmpty(page.After) ? null : page.After;
            var token = after is null ? null : ContinuationToken.Encode(new ContinuationPosition(_listing.Kind, _fingerprint, after, 0, 0));
            yield return new CrmPage<T>(page.Values, token, total: null);
        }
        while (after is not null);
    }
}
