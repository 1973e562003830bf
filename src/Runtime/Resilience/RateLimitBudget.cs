using Spoke.Http;

namespace Spoke.Resilience;

/// <summary>
/// The client-side share of one token's HubSpot limits: the burst limit per rolling 10 seconds for every request, and
/// the search limit per second on top of it for searches.
/// </summary>
internal sealed class RateLimitBudget
{
    private static readonly TimeSpan BurstWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SearchWindow = TimeSpan.FromSeconds(1);

    private readonly RollingWindowLimiter _burst;
    private readonly RollingWindowLimiter _search;

    public RateLimitBudget(int requestsPerTenSeconds, int searchRequestsPerSecond, TimeProvider timeProvider)
    {
        _burst = new RollingWindowLimiter(requestsPerTenSeconds, BurstWindow, timeProvider);
        _search = new RollingWindowLimiter(searchRequestsPerSecond, SearchWindow, timeProvider);
    }

    /// <summary>Takes the permits one HTTP attempt of <paramref name="kind"/> needs.</summary>
    /// <returns>The permits, each to be finished when the attempt is over, and how long the caller waited in all.</returns>
    public async ValueTask<(IReadOnlyList<RateLimitPermit> Permits, TimeSpan Waited)> AcquireAsync(RequestKind kind, CancellationToken cancellationToken = default)
    {
        if (kind != RequestKind.Search)
        {
            var (permit, waited) = await _burst.AcquireAsync(cancellationToken).ConfigureAwait(false);
            return ([permit], waited);
        }

        var (searchPermit, searchWaited) = await _search.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (burstPermit, burstWaited) = await _burst.AcquireAsync(cancellationToken).ConfigureAwait(false);
            return ([searchPermit, burstPermit], searchWaited + burstWaited);
        }
        catch (OperationCanceledException)
        {
            // Nothing was sent, so the search permit starts ageing out now rather than holding its place forever.
            searchPermit.Finish();
            throw;
        }
    }

    /// <summary>Feeds HubSpot's report of the shared budget back into the burst limiter.</summary>
    public void Observe(RateLimitHeaders headers) => _burst.Observe(headers);
}
