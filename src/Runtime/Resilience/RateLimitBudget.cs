using Spoke.Http;
using Spoke.RateLimiting;

namespace Spoke.Resilience;

/// <summary>
/// The client-side share of one token's HubSpot limits: the burst limit per rolling 10 seconds for every request but
/// searches, the search limit per second for searches, and the daily quota HubSpot reports. Counted in a
/// <see cref="HubSpotBudgetStore"/>, in this process by default or shared with others.
/// </summary>
internal sealed class RateLimitBudget
{
    /// <summary>
    /// Requests a caller keeps waiting for a permit beyond those holding one: two, so that one is always next in line
    /// while the caller prepares the following.
    /// </summary>
    private const int WaitingAhead = 2;

    private static readonly TimeSpan BurstWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SearchWindow = TimeSpan.FromSeconds(1);

    // A report of the daily quota stands this long: the quota resets at midnight in the account's time zone, which the
    // client does not know, so a used-up quota is probed again after a minute rather than trusted until a reset.
    private static readonly TimeSpan DailyReportValidity = TimeSpan.FromMinutes(1);

    private readonly RollingWindowLimiter _burst;
    private readonly RollingWindowLimiter _search;
    private readonly HubSpotBudgetStore _store;
    private readonly string _dailyKey;
    private volatile bool _dailyReported;

    /// <param name="partition">The token's rate-limit partition: a hash of the token, never the token.</param>
    /// <param name="requestsPerTenSeconds">The burst limit.</param>
    /// <param name="searchRequestsPerSecond">The search limit.</param>
    /// <param name="store">Where permits are counted.</param>
    /// <param name="timeProvider">The client's clock.</param>
    public RateLimitBudget(string partition, int requestsPerTenSeconds, int searchRequestsPerSecond, HubSpotBudgetStore store, TimeProvider timeProvider)
    {
        _store = store;
        _dailyKey = "daily:" + partition;
        _burst = new RollingWindowLimiter(new BudgetBucket("burst:" + partition, requestsPerTenSeconds), BurstWindow, store, timeProvider);
        _search = new RollingWindowLimiter(new BudgetBucket("search:" + partition, searchRequestsPerSecond), SearchWindow, store, timeProvider);
    }

    /// <summary>
    /// Takes the permit one HTTP attempt of <paramref name="kind"/> needs: a search permit for a search, which HubSpot's spec
    /// exempts from the ten-secondly bucket (<c>x-hubspot-rate-limit-exemptions: ["ten-secondly"]</c>), a burst permit for
    /// anything else.
    /// </summary>
    /// <returns>The permit, to be finished when the attempt is over, and how long the caller waited.</returns>
    public ValueTask<(RateLimitPermit Permit, TimeSpan Waited)> AcquireAsync(RequestKind kind, CancellationToken cancellationToken = default) =>
        Limiter(kind).AcquireAsync(cancellationToken);

    /// <summary>
    /// Takes one request from the daily quota HubSpot last reported to any process sharing the store.
    /// </summary>
    /// <returns>What was left before this request, when a report stands; zero or less means HubSpot will refuse it.</returns>
    public ValueTask<long?> TakeDailyAsync(CancellationToken cancellationToken = default) =>
        _dailyReported ? _store.TakeDailyAsync(_dailyKey, cancellationToken) : ValueTask.FromResult<long?>(null);

    /// <summary>
    /// How many requests of <paramref name="kind"/> a caller with many to send should have started: those holding a permit
    /// and <see cref="WaitingAhead"/> more, so that a permit is taken the moment it frees, however many free at once (a
    /// whole window's worth lapses together a window after a burst). In flight there are then as many as the rate times the
    /// latency (Little's law), without a formula that sizes them for the average rate and starves a burst. At most the limit
    /// plus what the limit allows during one measured latency: when calls take longer than the window, more requests than
    /// the limit are in flight at once while no window of arrivals holds more than it.
    /// </summary>
    public ConcurrencyAdvice ConcurrencyFor(RequestKind kind)
    {
        var limiter = Limiter(kind);
        var changed = limiter.NextGrant;
        var latency = limiter.Latency.Average ?? TimeSpan.Zero;
        var most = limiter.Limit + (int)Math.Ceiling(limiter.Limit * (latency / limiter.Window));
        return new ConcurrencyAdvice(Math.Min(limiter.InFlight + WaitingAhead, most), changed);
    }

    /// <summary>Feeds HubSpot's report of the shared budgets back: the window into the burst limiter, the daily quota into the store.</summary>
    public async ValueTask ObserveAsync(HubSpotResponse response, RateLimitPermit permit, CancellationToken cancellationToken = default)
    {
        if (response.RateLimit is { } headers)
        {
            _burst.Observe(headers, permit.GrantedAt);
        }

        var dailyUsedUp = response.StatusCode == System.Net.HttpStatusCode.TooManyRequests
            && HubSpotExceptionFactory.IsDaily(HubSpotErrorReader.TryRead(response.Content.Span));
        if ((dailyUsedUp ? 0 : response.DailyRemaining) is { } remaining)
        {
            _dailyReported = true;
            await _store.ReportDailyRemainingAsync(_dailyKey, remaining, DailyReportValidity, cancellationToken).ConfigureAwait(false);
        }
    }

    private RollingWindowLimiter Limiter(RequestKind kind) => kind == RequestKind.Search ? _search : _burst;
}
