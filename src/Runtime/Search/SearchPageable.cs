using System.Runtime.CompilerServices;

namespace Spoke.Search;

/// <summary>
/// The pageable of a search: enumerates its pages through the one <see cref="SearchPager{T}"/>. After the first page, which
/// gives HubSpot's total, it keeps several pages in flight (as many as the search rate times the measured latency) at the
/// offsets the following pages will have, and hands them out in order; a page that ends elsewhere than predicted (the
/// results changed meanwhile) discards the pages fetched after it and continues from where it really ends.
/// </summary>
internal sealed class SearchPageable<T>(SearchPager<T> pager, Func<int> concurrency, CancellationToken cancellationToken) : CrmPageable<T>
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
        var (first, frontier) = await pager.FetchAsync(start, pageSize, cancellation.Token).ConfigureAwait(false);
        yield return first;

        var expectedTotal = first.Total ?? 0;
        var inFlight = new Queue<(SearchPosition Position, Task<(CrmPage<T> Page, SearchPosition? Next)> Fetch)>();
        try
        {
            while (true)
            {
                while (frontier is { } ahead && inFlight.Count < Math.Max(1, concurrency()))
                {
                    inFlight.Enqueue((ahead, pager.FetchAsync(ahead, pageSize, cancellation.Token)));
                    frontier = pager.Predict(ahead, pageSize, expectedTotal);
                }

                if (!inFlight.TryDequeue(out var current))
                {
                    yield break;
                }

                var (page, next) = await current.Fetch.ConfigureAwait(false);
                yield return page;
                var predicted = inFlight.TryPeek(out var following) ? following.Position : frontier;
                if (predicted != next)
                {
                    Discard(inFlight);
                    frontier = next;
                }
            }
        }
        finally
        {
            await cancellation.CancelAsync().ConfigureAwait(false);
            Discard(inFlight);
        }
    }

    /// <summary>Drops pages fetched ahead that will not be handed out, observing their failures so none goes unobserved.</summary>
    private static void Discard(Queue<(SearchPosition Position, Task<(CrmPage<T> Page, SearchPosition? Next)> Fetch)> inFlight)
    {
        while (inFlight.TryDequeue(out var dropped))
        {
            _ = dropped.Fetch.ContinueWith(static fetch => fetch.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }
}
