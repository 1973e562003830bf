using System.Runtime.CompilerServices;

namespace Spoke.Search;

/// <summary>The pageable of a search: enumerates its pages through the one <see cref="SearchPager{T}"/>.</summary>
internal sealed class SearchPageable<T>(SearchPager<T> pager, CancellationToken cancellationToken) : CrmPageable<T>
    where T : CrmRecord
{
    public override IAsyncEnumerable<CrmPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        HubSpotLimits.ThrowIfPageSizeOutOfRange(pageSizeHint, nameof(HubSpotLimits.MaxSearchPageSize), HubSpotLimits.MaxSearchPageSize, nameof(pageSizeHint));
        var start = continuationToken is null ? SearchPosition.Start : pager.Decode(continuationToken);
        return PagesAsync(start, pageSizeHint ?? HubSpotLimits.MaxSearchPageSize);
    }

    private async IAsyncEnumerable<CrmPage<T>> PagesAsync(SearchPosition start, int pageSize, [EnumeratorCancellation] CancellationToken enumerationCancellation = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, enumerationCancellation);
        SearchPosition? position = start;
        while (position is { } current)
        {
            var (page, next) = await pager.FetchAsync(current, pageSize, cancellation.Token).ConfigureAwait(false);
            yield return page;
            position = next;
        }
    }
}
