namespace Spoke.Resilience;

/// <summary>
/// Grants at most <c>limit</c> permits in any rolling window, exactly: it keeps the time of every grant still inside the
/// window, so unlike a segmented sliding window it can never let twice the limit through across a boundary. When HubSpot
/// reports that little of the shared budget is left, it also spaces permits evenly instead of letting them burst.
/// </summary>
internal sealed class RollingWindowLimiter
{
    // HubSpot counts a request when it arrives, Spoke when it is granted; the margin absorbs the difference in
    // network latency between two requests a window apart.
    private static readonly TimeSpan ArrivalMargin = TimeSpan.FromMilliseconds(100);

    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _timeProvider;
    private readonly Queue<long> _grants = new();
    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly Lock _sync = new();
    private ServerBudget? _serverBudget;
    private long _lastGrant;

    public RollingWindowLimiter(int limit, TimeSpan window, TimeProvider timeProvider)
    {
        _limit = limit;
        _window = window + ArrivalMargin;
        _timeProvider = timeProvider;
    }

    /// <summary>Waits, first come first served, until a permit is free, and takes it.</summary>
    /// <returns>How long the caller waited.</returns>
    public async ValueTask<TimeSpan> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var started = _timeProvider.GetTimestamp();
        await _queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (TryGrant() is { } wait)
            {
                await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _queue.Release();
        }

        return _timeProvider.GetElapsedTime(started);
    }

    /// <summary>Records what HubSpot said is left of the budget that every app on the account shares.</summary>
    public void Observe(RateLimitHeaders headers)
    {
        lock (_sync)
        {
            _serverBudget = new ServerBudget(headers, _timeProvider.GetTimestamp());
        }
    }

    /// <summary>Takes a permit and returns <see langword="null"/>, or returns how long to wait before asking again.</summary>
    private TimeSpan? TryGrant()
    {
        lock (_sync)
        {
            var now = _timeProvider.GetTimestamp();
            while (_grants.Count > 0 && _timeProvider.GetElapsedTime(_grants.Peek(), now) >= _window)
            {
                _grants.Dequeue();
            }

            if (_grants.Count >= _limit)
            {
                return _window - _timeProvider.GetElapsedTime(_grants.Peek(), now);
            }

            if (PacingDelay(now) is { } pacing)
            {
                return pacing;
            }

            _grants.Enqueue(now);
            _lastGrant = now;
            _serverBudget?.Spend();
            return null;
        }
    }

    private TimeSpan? PacingDelay(long now)
    {
        if (_serverBudget is not { } budget || _timeProvider.GetElapsedTime(budget.ObservedAt, now) >= budget.Headers.Interval || !budget.IsLow)
        {
            return null;
        }

        // Space permits by the rate at which a rolling window frees capacity: one slot per interval / max.
        var slot = budget.Headers.Interval / budget.Headers.Max;
        var sinceLast = _timeProvider.GetElapsedTime(_lastGrant, now);
        return sinceLast >= slot ? null : slot - sinceLast;
    }

    private sealed class ServerBudget(RateLimitHeaders headers, long observedAt)
    {
        private int _spentSince;

        public RateLimitHeaders Headers { get; } = headers;

        public long ObservedAt { get; } = observedAt;

        /// <summary>Low means a tenth of the window or less is left after the permits granted since HubSpot reported it.</summary>
        public bool IsLow => Headers.Remaining - _spentSince <= Math.Max(1, Headers.Max / 10);

        public void Spend() => _spentSince++;
    }
}
