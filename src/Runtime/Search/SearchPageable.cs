using System.Runtime.CompilerServices;
using Spoke.Resilience;

namespace Spoke.Search;

/// <summary>
/// The pageable of a search: enumerates its pages through the one <see cref="SearchPager{T}"/>. After the first page, which
/// gives HubSpot's total, it keeps several pages in flight (every one the search budget has a permit for, and a few waiting
/// for the next) at the offsets the following pages will have, and hands them out in order; a page that ends elsewhere than
/// predicted (the results changed meanwhile) discards the pages fetched after it and continues from where it really ends.
/// Past HubSpot's cap, where each 10,000 results start after the last id of the 10,000 before, it looks that id up as soon
/// as a segment starts, so the pages of the next segment follow without waiting for the last page of this one.
/// </summary>
internal sealed class SearchPageable<T>(SearchPager<T> pager, Func<ConcurrencyAdvice> concurrency, CancellationToken cancellationToken) : CrmPageable<T>
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
        var segments = new Dictionary<SearchPosition, Task<SearchPosition?>>();
        Task<SearchPosition?>? nextSegment = null;
        try
        {
            while (true)
            {
                var advice = concurrency();
                while (inFlight.Count < Math.Max(1, advice.Requests))
                {
                    if (frontier is null && nextSegment is { IsCompletedSuccessfully: true })
                    {
                        frontier = nextSegment.Result;
                        nextSegment = null;
                    }

                    if (frontier is not { } ahead)
                    {
                        break;
                    }

                    var segment = ahead with { Offset = 0 };
                    if (!segments.ContainsKey(segment) && pager.HasSegmentAfter(segment, expectedTotal))
                    {
                        segments[segment] = pager.FindNextSegmentAsync(segment, cancellation.Token);
                    }

                    inFlight.Enqueue((ahead, pager.FetchAsync(ahead, pageSize, cancellation.Token)));
                    frontier = pager.Predict(ahead, pageSize, expectedTotal);
                    nextSegment = frontier is null ? segments.GetValueOrDefault(segment) : null;
                    advice = concurrency();
                }

                if (!inFlight.TryPeek(out var head))
                {
                    yield break;
                }

                // While there are pages left to start, start them as soon as there is room (a permit granted) or the next
                // segment's start is known, without waiting for the page to hand out next.
                if (!head.Fetch.IsCompleted && (frontier is not null || nextSegment is { IsCompleted: false }))
                {
                    var startable = frontier is null ? nextSegment! : advice.Changed;
                    await Task.WhenAny(head.Fetch, startable).ConfigureAwait(false);
                    if (!head.Fetch.IsCompleted)
                    {
                        continue;
                    }
                }

                var (page, next) = await inFlight.Dequeue().Fetch.ConfigureAwait(false);
                yield return page;
                var predicted = inFlight.TryPeek(out var following) ? following.Position
                    : frontier ?? (nextSegment is { IsCompletedSuccessfully: true } found ? found.Result : null);
                if (predicted != next)
                {
                    Discard(inFlight);
                    frontier = next;
                    nextSegment = null;
                }
            }
        }
        finally
        {
            await cancellation.CancelAsync().ConfigureAwait(false);
            Discard(inFlight);
            foreach (var finding in segments.Values)
            {
                Observe(finding);
            }
        }
    }

    /// <summary>Drops pages fetched ahead that will not be handed out, observing their failures so none goes unobserved.</summary>
    private static void Discard(Queue<(SearchPosition Position, Task<(CrmPage<T> Page, SearchPosition? Next)> Fetch)> inFlight)
    {
        while (inFlight.TryDequeue(out var dropped))
        {
            Observe(dropped.Fetch);
        }
    }

    private static void Observe(Task task) =>
        _ = task.ContinueWith(static fetch => fetch.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
