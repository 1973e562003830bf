namespace Spoke.Webhooks.Idempotency;

/// <summary>
/// An <see cref="IWebhookIdempotencyStore"/> for a single receiver process, with bounded memory: it remembers at
/// most <see cref="Capacity"/> handled events, each for at most <see cref="Retention"/>, forgetting the oldest first.
/// Thread-safe.
/// </summary>
public sealed class InMemoryWebhookIdempotencyStore : IWebhookIdempotencyStore
{
    /// <summary>The default number of handled events remembered.</summary>
    public const int DefaultCapacity = 100_000;

    /// <summary>The default retention: HubSpot retries a delivery for up to 24 hours, plus an hour of margin.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromHours(25);

    private readonly Lock _gate = new();
    private readonly Dictionary<WebhookEventKey, LinkedListNode<HandledEvent>?> _entries = [];
    private readonly LinkedList<HandledEvent> _handledOldestFirst = new();
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a store.</summary>
    /// <param name="capacity">How many handled events to remember; at least 1.</param>
    /// <param name="retention">How long to remember a handled event; positive. Defaults to <see cref="DefaultRetention"/>.</param>
    /// <param name="timeProvider">The clock for the retention; <see cref="TimeProvider.System"/> by default.</param>
    public InMemoryWebhookIdempotencyStore(int capacity = DefaultCapacity, TimeSpan? retention = null, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Retention = retention ?? DefaultRetention;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Retention, TimeSpan.Zero, nameof(retention));
        Capacity = capacity;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The most handled events remembered at once.</summary>
    public int Capacity { get; }

    /// <summary>How long a handled event is remembered.</summary>
    public TimeSpan Retention { get; }

    /// <summary>How many handled events are remembered right now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _handledOldestFirst.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryBeginAsync(WebhookEventKey key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ForgetExpired();

            // A null node marks an event being handled right now.
            return ValueTask.FromResult(_entries.TryAdd(key, null));
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(WebhookEventKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing) && existing is not null)
            {
                _handledOldestFirst.Remove(existing);
            }

            if (_handledOldestFirst.Count == Capacity)
            {
                _entries.Remove(_handledOldestFirst.First!.Value.Key);
                _handledOldestFirst.RemoveFirst();
            }

            _entries[key] = _handledOldestFirst.AddLast(new HandledEvent(key, _timeProvider.GetUtcNow()));
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask AbandonAsync(WebhookEventKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && node is null)
            {
                _entries.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    private void ForgetExpired()
    {
        // A retention reaching back past the first representable instant forgets nothing by age.
        var now = _timeProvider.GetUtcNow();
        var cutoff = now - DateTimeOffset.MinValue > Retention ? now - Retention : DateTimeOffset.MinValue;
        while (_handledOldestFirst.First is { } oldest && oldest.Value.HandledAt <= cutoff)
        {
            _entries.Remove(oldest.Value.Key);
            _handledOldestFirst.RemoveFirst();
        }
    }

    private readonly record struct HandledEvent(WebhookEventKey Key, DateTimeOffset HandledAt);
}
