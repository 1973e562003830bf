using System.Collections.Concurrent;

namespace Spoke.Resilience;

/// <summary>
/// One <see cref="RateLimitBudget"/> per token for the whole process, because HubSpot counts requests per token (or per
/// app and account), not per client instance. The first client created for a token sets the limits.
/// </summary>
internal static class RateLimitBudgets
{
    private static readonly ConcurrentDictionary<(string Partition, TimeProvider Clock), Lazy<RateLimitBudget>> Budgets = new();

    public static RateLimitBudget For(string partition, HubSpotClientOptions options) =>
        Budgets.GetOrAdd(
            (partition, options.TimeProvider),
            static (_, options) => new Lazy<RateLimitBudget>(() => new RateLimitBudget(
                options.EffectiveRequestsPerTenSeconds,
                options.SearchRequestsPerSecond,
                options.TimeProvider)),
            options).Value;
}
