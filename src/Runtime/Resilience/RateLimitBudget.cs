using Spoke.Http;

namespace Spoke.Resilience;

/// <summary>
/// The client-side share of one token's HubSpot limits: the burst limit per rolling 10 seconds for every request but
/// searches, and the search limit per second for searches.
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

    /// <summary>
    /// Takes the permit one HTTP attempt of <paramref name="kind"/> needs: a search permit for a search, which HubSpot's spec
    /// exempts from the ten-secondly bucket (<c>x-hubspot-rate-limit-exemptions: ["ten-secondly"]</c>), a burst permit for
    /// anything else.
    /// </summary>
    /// <returns>The permit, to be finished when the attempt is over, and how long the caller waited.</returns>
    public ValueTask<(RateLimitPermit Permit, TimeSpan Waited)> AcquireAsync(RequestKind kind, CancellationToken cancellationToken = default) =>
        (kind == RequestKind.Search ? _search : _burst).AcquireAsync(cancellationToken);

    /// <summary>Feeds HubSpot's report of the shared budget back into the burst limiter.</summary>
    public void Observe(RateLimitHeaders headers) => _burst.Observe(headers);
}
