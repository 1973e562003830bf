using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Spoke.RateLimiting;

namespace Spoke.Resilience;

/// <summary>
/// One <see cref="RateLimitBudget"/> per token and store for the whole process, because HubSpot counts requests per token
/// (or per app and account), not per client instance. The first client created for a token sets the limits.
/// </summary>
internal static class RateLimitBudgets
{
    private static readonly ConcurrentDictionary<(string Partition, TimeProvider Clock, HubSpotBudgetStore? Store), Lazy<RateLimitBudget>> Budgets = new();
    private static readonly ConcurrentDictionary<TimeProvider, InProcessBudgetStore> InProcess = new();
    private static readonly ConditionalWeakTable<HubSpotBudgetStore, FallbackBudgetStore> Fallbacks = [];

    public static RateLimitBudget For(string partition, HubSpotClientOptions options, ILogger logger) =>
        Budgets.GetOrAdd(
            (partition, options.TimeProvider, options.BudgetStore),
            static (key, state) => new Lazy<RateLimitBudget>(() => new RateLimitBudget(
                key.Partition,
                state.options.EffectiveRequestsPerTenSeconds,
                state.options.SearchRequestsPerSecond,
                StoreFor(key.Store, key.Clock, state.logger),
                key.Clock)),
            (options, logger)).Value;

    private static HubSpotBudgetStore StoreFor(HubSpotBudgetStore? shared, TimeProvider clock, ILogger logger) =>
        shared is null
            ? InProcess.GetOrAdd(clock, static clock => new InProcessBudgetStore(clock))
            : Fallbacks.GetValue(shared, store => new FallbackBudgetStore(store, clock, logger));
}
