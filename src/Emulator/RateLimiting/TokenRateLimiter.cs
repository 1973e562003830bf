using System.Collections.Concurrent;
using Spoke.Emulator.Http;

namespace Spoke.Emulator.RateLimiting;

/// <summary>
/// HubSpot's limits: per token, the rolling burst window and the daily quota (private apps); per account, the search
/// limit. A search counts against the search limit and the daily quota, never the burst window (HubSpot's spec exempts
/// search from the ten-secondly bucket only).
/// </summary>
internal sealed class TokenRateLimiter(EmulatorRateLimits limits, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, TokenCounters> counters = new(StringComparer.Ordinal);
    private readonly RollingWindowCounter search = new(limits.SearchWindow);

    public bool Enabled => limits.Enabled;

    public TimeSpan Window => limits.Window;

    /// <summary>What the burst window of <paramref name="token"/> has admitted and refused so far.</summary>
    public RateLimitTally Tally(string token) => counters.GetOrAdd(token, _ => new TokenCounters(limits)).Tally;

    /// <summary>What the account's search limit has admitted and refused so far.</summary>
    public RateLimitTally SearchTally { get; } = new();

    public RateLimitDecision Admit(EmulatorToken token, bool isSearch)
    {
        var now = clock.GetUtcNow();
        var tokenCounters = counters.GetOrAdd(token.Value, _ => new TokenCounters(limits));
        int? burstRemaining = null;
        var lastSecond = 0;
        if (isSearch)
        {
            var searchAdmission = search.TryAdmit(limits.SearchRequestsPerWindow, now);
            if (!searchAdmission.Admitted)
            {
                SearchTally.Refuse();
                return RateLimitDecision.Refused(RateLimitPolicy.Secondly, searchAdmission.RetryAfter);
            }

            SearchTally.Admit(now);
        }
        else
        {
            var burst = tokenCounters.Burst.TryAdmit(token.EffectiveBurstLimit, now);
            if (!burst.Admitted)
            {
                tokenCounters.Tally.Refuse();
                return RateLimitDecision.Refused(RateLimitPolicy.TenSecondlyRolling, burst.RetryAfter);
            }

            burstRemaining = burst.Remaining;
            lastSecond = tokenCounters.LastSecond.Count(now);
            tokenCounters.Tally.Admit(now);
        }

        long? dailyRemaining = null;
        if (token.EffectiveDailyLimit is { } dailyLimit)
        {
            var daily = tokenCounters.Daily.TryAdmit(dailyLimit, now);
            if (!daily.Admitted)
            {
                return RateLimitDecision.Refused(RateLimitPolicy.Daily, daily.RetryAfter);
            }

            dailyRemaining = daily.Remaining;
        }

        return new RateLimitDecision(true, null, TimeSpan.Zero, burstRemaining, dailyRemaining) { RequestsInLastSecond = lastSecond };
    }

    private sealed class TokenCounters(EmulatorRateLimits limits)
    {
        public RollingWindowCounter Burst { get; } = new(limits.Window);

        public DailyCounter Daily { get; } = new();

        /// <summary>Requests of the last second, for HubSpot's deprecated secondly headers; never enforced.</summary>
        public RollingWindowCounter LastSecond { get; } = new(TimeSpan.FromSeconds(1));

        /// <summary>Admissions and refusals per window, read by tests that check what a client sent.</summary>
        public RateLimitTally Tally { get; } = new();
    }
}

/// <summary>Whether a request may run, and the numbers for the rate-limit headers or the 429.</summary>
internal sealed record RateLimitDecision(bool Admitted, RateLimitPolicy? Policy, TimeSpan RetryAfter, int? Remaining, long? DailyRemaining)
{
    /// <summary>The token's admitted non-search requests of the last second, this one included.</summary>
    public int RequestsInLastSecond { get; init; }

    public static RateLimitDecision Refused(RateLimitPolicy policy, TimeSpan retryAfter) => new(false, policy, retryAfter, 0, null);
}
