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
    /// <returns>How long the caller waited in all.</returns>
    public async ValueTask<TimeSpan> AcquireAsync(RequestKind kind, CancellationToken cancellationToken = default)
    {
        var waited = kind == RequestKind.Search
            ? await _search.AcquireAsync(cancellationToken).ConfigureAwait(false)
            : TimeSpan.Zero;
        return waited + await _burst.AcquireAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Feeds HubSpot's report of the shared budget back into the burst limiter.</summary>
    public void Observe(RateLimitHeaders headers) => _burst.Observe(headers);
}
