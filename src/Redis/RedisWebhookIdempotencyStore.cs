using System.Globalization;
using Spoke.Webhooks;
using StackExchange.Redis;

namespace Spoke.Redis;

/// <summary>
/// An <see cref="IWebhookIdempotencyStore"/> on Redis, for several webhook receivers behind one endpoint: an event is claimed
/// with <c>SET NX</c> and an expiry, so exactly one receiver handles it; a handled event is remembered for
/// <see cref="Retention"/>, and a claim whose receiver died lapses after <see cref="ClaimTimeout"/> so HubSpot's retry can
/// handle it. If Redis cannot be reached, the store throws and the receiver answers with an error: HubSpot then retries the
/// delivery later, rather than the event being handled twice.
/// </summary>
public sealed class RedisWebhookIdempotencyStore : IWebhookIdempotencyStore
{
    private const string Claimed = "claimed";
    private const string Handled = "handled";

    private static readonly LuaScript ReleaseClaim = LuaScript.Prepare("""
        if redis.call('GET', @key) == @claimed then return redis.call('DEL', @key) end
        return 0
        """);

    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;

    /// <summary>Creates a store over a connection the caller owns.</summary>
    /// <param name="redis">The Redis connection.</param>
    /// <param name="keyPrefix">The prefix of every key the store writes.</param>
    /// <param name="retention">How long a handled event is remembered; default 25 hours (HubSpot retries for up to 24).</param>
    /// <param name="claimTimeout">How long a claim holds while its handler runs; default 5 minutes.</param>
    /// <exception cref="ArgumentOutOfRangeException">A duration is not positive.</exception>
    public RedisWebhookIdempotencyStore(IConnectionMultiplexer redis, string keyPrefix = "spoke:webhook:", TimeSpan? retention = null, TimeSpan? claimTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        Retention = retention ?? InMemoryWebhookIdempotencyStore.DefaultRetention;
        ClaimTimeout = claimTimeout ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Retention, TimeSpan.Zero, nameof(retention));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ClaimTimeout, TimeSpan.Zero, nameof(claimTimeout));
        _redis = redis;
        _prefix = keyPrefix;
    }

    /// <summary>How long a handled event is remembered.</summary>
    public TimeSpan Retention { get; }

    /// <summary>How long a claim holds before another receiver may handle the event.</summary>
    public TimeSpan ClaimTimeout { get; }

    /// <inheritdoc />
    public async ValueTask<bool> TryBeginAsync(WebhookEventKey key, CancellationToken cancellationToken = default) =>
        await _redis.GetDatabase().StringSetAsync(Key(key), Claimed, ClaimTimeout, When.NotExists).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask CompleteAsync(WebhookEventKey key, CancellationToken cancellationToken = default) =>
        await _redis.GetDatabase().StringSetAsync(Key(key), Handled, Retention).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask AbandonAsync(WebhookEventKey key, CancellationToken cancellationToken = default) =>
        await ReleaseClaim.EvaluateAsync(_redis.GetDatabase(), new { key = Key(key), claimed = Claimed }).ConfigureAwait(false);

    private RedisKey Key(WebhookEventKey key) => string.Create(
        CultureInfo.InvariantCulture, $"{_prefix}{key.EventId}:{key.SubscriptionId}:{key.ObjectType}:{key.ObjectId}");
}
