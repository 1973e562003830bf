using System.Globalization;
using Spoke.RateLimiting;
using StackExchange.Redis;

namespace Spoke.Redis;

/// <summary>
/// A <see cref="HubSpotBudgetStore"/> on Redis: every process and machine that uses it keeps to one budget per token, the
/// burst bucket, the search bucket and the daily quota HubSpot reports. Each permit is taken by one atomic Lua script over a
/// sorted set, on Redis's clock. Keys name a token only by its SHA-256 hash.
/// </summary>
/// <remarks>
/// Set it with <c>services.AddHubSpot(…).UseRedisBudget("localhost:6379")</c>, or in <see cref="HubSpotClientOptions.BudgetStore"/>.
/// When Redis cannot be reached, the client does not fail: it counts in the process on a share of each limit
/// (<see cref="RedisBudgetStoreOptions.ExpectedProcessCount"/>) and returns to the shared budget when Redis answers.
/// </remarks>
public sealed class RedisBudgetStore : HubSpotBudgetStore
{
    private const long MicrosecondsPerTick = TimeSpan.TicksPerMillisecond / 1000;

    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;

    /// <summary>Creates a store over a connection the caller owns.</summary>
    /// <param name="redis">The Redis connection; see <see cref="RedisConnection.Create(string)"/> for settings that fail fast.</param>
    /// <param name="options">Key prefix and the share to fall back on; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RedisBudgetStoreOptions.ExpectedProcessCount"/> is below 1.</exception>
    public RedisBudgetStore(IConnectionMultiplexer redis, RedisBudgetStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        options ??= new RedisBudgetStoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ExpectedProcessCount, 1, nameof(options));
        _redis = redis;
        _prefix = options.KeyPrefix ?? string.Empty;
        ExpectedProcessCount = options.ExpectedProcessCount;
    }

    /// <inheritdoc />
    public override int ExpectedProcessCount { get; }

    /// <inheritdoc />
    public override async ValueTask<BudgetGrant> TryAcquireAsync(BudgetBucket bucket, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        var result = (RedisResult[])(await RedisBudgetScripts.Acquire.EvaluateAsync(
            _redis.GetDatabase(),
            new { bucket = Bucket(bucket.Key), sequence = Sequence(bucket.Key), limit = bucket.Limit, hold = Microseconds(hold) }).ConfigureAwait(false))!;
        return (int)result[0] == 1
            ? BudgetGrant.Granted((string)result[1]!)
            : BudgetGrant.Denied(TimeSpan.FromTicks(long.Parse((string)result[1]!, NumberStyles.Integer, CultureInfo.InvariantCulture) * MicrosecondsPerTick));
    }

    /// <inheritdoc />
    public override async ValueTask SetHoldAsync(BudgetBucket bucket, string permitId, TimeSpan hold, CancellationToken cancellationToken = default) =>
        await RedisBudgetScripts.SetHold.EvaluateAsync(
            _redis.GetDatabase(), new { bucket = Bucket(bucket.Key), permit = permitId, hold = Microseconds(hold) }).ConfigureAwait(false);

    /// <inheritdoc />
    public override async ValueTask ReportDailyRemainingAsync(string quotaKey, long remaining, TimeSpan validFor, CancellationToken cancellationToken = default) =>
        await _redis.GetDatabase().StringSetAsync(Key(quotaKey), remaining, validFor).ConfigureAwait(false);

    /// <inheritdoc />
    public override async ValueTask<long?> TakeDailyAsync(string quotaKey, CancellationToken cancellationToken = default)
    {
        var left = await RedisBudgetScripts.TakeDaily.EvaluateAsync(_redis.GetDatabase(), new { quota = Key(quotaKey) }).ConfigureAwait(false);
        return left.IsNull ? null : (long)left;
    }

    private static long Microseconds(TimeSpan duration) => duration.Ticks / MicrosecondsPerTick;

    // The braces make the bucket and its sequence one hash slot, so the script's two keys live together on a cluster.
    private RedisKey Bucket(string key) => _prefix + "{" + key + "}";

    private RedisKey Sequence(string key) => _prefix + "{" + key + "}:seq";

    private RedisKey Key(string key) => _prefix + key;
}
