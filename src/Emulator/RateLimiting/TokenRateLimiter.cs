using System.Collections.Concurrent;
using Spoke.Emulator.Http;

namespace Spoke.Emulator.RateLimiting;

/// <summary>
/// HubSpot's limits per token: the rolling burst window, the daily quota (private apps) and the separate search limit.
/// </summary>
internal sealed class TokenRateLimiter(EmulatorRateLimits limits, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, TokenCounters> counters = new(StringComparer.Ordinal);

    public bool Enabled => limits.Enabled;

    public TimeSpan Window => limits.Window;

    public RateLimitDecision Admit(EmulatorToken token, bool isSearch)
    {
        var now = clock.GetUtcNow();
        var tokenCounters = counters.GetOrAdd(token.Value, _ => new TokenCounters(limits));
        if (isSearch)
        {
            var search = tokenCounters.Search.TryAdmit(limits.SearchRequestsPerWindow, now);
            return search.Admitted
                ? RateLimitDecision.Allowed
                : RateLimitDecision.Refused(RateLimitPolicy.Secondly, search.RetryAfter);
        }

        var burst = tokenCounters.Burst.TryAdmit(token.EffectiveBurstLimit, now);
        if (!burst.Admitted)
        {
            return RateLimitDecision.Refused(RateLimitPolicy.TenSecondlyRolling, burst.RetryAfter);
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

        return new RateLimitDecision(true, null, TimeSpan.Zero, burst.Remaining, dailyRemaining);
    }

    private sealed class TokenCounters(EmulatorRateLimits limits)
    {
        public RollingWindowCounter Burst { get; } = new(limits.Window);

        public RollingWindowCounter Search { get; } = new(limits.SearchWindow);

        public DailyCounter Daily { get; } = new();
    }
}

/// <summary>Whether a request may run, and the numbers for the rate-limit headers or the 429.</summary>
internal sealed record RateLimitDecision(bool Admitted, RateLimitPolicy? Policy, TimeSpan RetryAfter, int? Remaining, long? DailyRemaining)
{
    public static readonly RateLimitDecision Allowed = new(true, null, TimeSpan.Zero, null, null);

    public static RateLimitDecision Refused(RateLimitPolicy policy, TimeSpan retryAfter) => new(false, policy, retryAfter, 0, null);
}
