using System.Collections.Concurrent;
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

    // Redis keeps a bucket's keys a second past its longest hold.
    private static readonly TimeSpan KeysOutliveHolds = TimeSpan.FromSeconds(1);

    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, SeenEpoch> _epochs = new(StringComparer.Ordinal);

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
    /// <exception cref="InvalidOperationException">
    /// Redis lost permits this store took that are still held (it restarted without persistence, or the keys were flushed or
    /// evicted), so it would grant what HubSpot still counts. The client counts on its local share, with the lost permits,
    /// until they lapse; the permit this call took in Redis is left to lapse.
    /// </exception>
    public override async ValueTask<BudgetGrant> TryAcquireAsync(BudgetBucket bucket, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        var result = (RedisResult[])(await RedisBudgetScripts.Acquire.EvaluateAsync(
            _redis.GetDatabase(),
            new { bucket = Bucket(bucket.Key), sequence = Sequence(bucket.Key), epoch = Epoch(bucket.Key), limit = bucket.Limit, hold = Microseconds(hold), candidate = Guid.NewGuid().ToString("N") })
            .ConfigureAwait(false))!;
        var granted = (int)result[0] == 1;
        ObserveEpoch(bucket.Key, (string)result[2]!, granted ? hold : TimeSpan.Zero);
        return granted
            ? BudgetGrant.Granted((string)result[1]!)
            : BudgetGrant.Denied(TimeSpan.FromTicks(long.Parse((string)result[1]!, NumberStyles.Integer, CultureInfo.InvariantCulture) * MicrosecondsPerTick));
    }

    /// <inheritdoc />
    public override async ValueTask SetHoldAsync(BudgetBucket bucket, string permitId, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        var held = await RedisBudgetScripts.SetHold.EvaluateAsync(
            _redis.GetDatabase(), new { bucket = Bucket(bucket.Key), epoch = Epoch(bucket.Key), permit = permitId, hold = Microseconds(hold) }).ConfigureAwait(false);
        if ((int)held == 1 && _epochs.TryGetValue(bucket.Key, out var seen))
        {
            _epochs.TryUpdate(bucket.Key, seen.HeldFor(hold), seen);
        }
    }

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

    /// <summary>
    /// Remembers the bucket's epoch, and throws when it changed while a permit this store took should still be in Redis: a
    /// change after its permits lapsed is the keys expiring, as they do when a bucket goes idle.
    /// </summary>
    private void ObserveEpoch(string bucketKey, string epoch, TimeSpan heldFor)
    {
        SeenEpoch previous = default;
        _epochs.AddOrUpdate(
            bucketKey,
            static (_, state) => new SeenEpoch(state.epoch, 0).HeldFor(state.heldFor),
            (_, seen, state) =>
            {
                previous = seen;
                return (seen.Epoch == state.epoch ? seen : new SeenEpoch(state.epoch, 0)).HeldFor(state.heldFor);
            },
            (epoch, heldFor));
        if (previous.Epoch is not null && previous.Epoch != epoch && Environment.TickCount64 < previous.KeysKeptUntil)
        {
            throw new InvalidOperationException(
                $"Redis lost the budget's permits still held for '{bucketKey}' (it restarted without persistence, or its keys were flushed or evicted); counting on a local share until they lapse.");
        }
    }

    // The braces put a bucket, its sequence and its epoch in one hash slot, so the scripts' keys live together on a cluster.
    private RedisKey Bucket(string key) => _prefix + "{" + key + "}";

    private RedisKey Sequence(string key) => _prefix + "{" + key + "}:seq";

    private RedisKey Epoch(string key) => _prefix + "{" + key + "}:epoch";

    private RedisKey Key(string key) => _prefix + key;

    /// <summary>The epoch a bucket's keys had when this store last used them, and until when (<see cref="Environment.TickCount64"/>) they keep a permit it took.</summary>
    private readonly record struct SeenEpoch(string? Epoch, long KeysKeptUntil)
    {
        public SeenEpoch HeldFor(TimeSpan hold)
        {
            var keptUntil = Environment.TickCount64 + (long)(hold + KeysOutliveHolds).TotalMilliseconds;
            return hold <= TimeSpan.Zero || keptUntil <= KeysKeptUntil ? this : this with { KeysKeptUntil = keptUntil };
        }
    }
}
