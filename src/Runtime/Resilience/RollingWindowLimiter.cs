using Spoke.Http;

namespace Spoke.Resilience;

/// <summary>
/// Grants at most <c>limit</c> permits in any rolling window, exactly: it keeps the time of every grant still inside the
/// window, so unlike a segmented sliding window it can never let twice the limit through across a boundary. HubSpot counts
/// a request when it arrives, which is some time between the grant and the response; so a permit holds its place in
/// the window until its attempt has finished, and only then starts to age out. However slow the network or the first
/// requests of a cold process, no window on HubSpot's side can then hold more than the limit. When HubSpot reports
/// that little of the shared budget is left, the limiter also spaces permits evenly instead of letting them burst.
/// </summary>
internal sealed class RollingWindowLimiter
{
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _timeProvider;
    private readonly List<RateLimitPermit> _permits = [];
    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly Lock _sync = new();
    private TaskCompletionSource _finished = NewSignal();
    private ServerBudget? _serverBudget;
    private long _lastGrant;

    public RollingWindowLimiter(int limit, TimeSpan window, TimeProvider timeProvider)
    {
        _limit = limit;
        _window = window;
        _timeProvider = timeProvider;
    }

    /// <summary>Waits, first come first served, until a permit is free, and takes it.</summary>
    /// <returns>The permit, to be finished when its attempt has its answer (or failed), and how long the caller waited.</returns>
    public async ValueTask<(RateLimitPermit Permit, TimeSpan Waited)> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var started = _timeProvider.GetTimestamp();
        await _queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var (permit, wait, finished) = TryGrant();
                if (permit is not null)
                {
                    return (permit, _timeProvider.GetElapsedTime(started));
                }

                // Every permit in the window is still in flight: none can age out before one finishes.
                var waiting = wait is { } delay ? Task.Delay(delay, _timeProvider, cancellationToken) : finished.WaitAsync(cancellationToken);
                await waiting.ConfigureAwait(false);
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    /// <summary>Records what HubSpot said is left of the budget that every app on the account shares.</summary>
    public void Observe(RateLimitHeaders headers)
    {
        lock (_sync)
        {
            _serverBudget = new ServerBudget(headers, _timeProvider.GetTimestamp());
        }
    }

    /// <summary>Starts the window of a permit whose attempt has finished, and wakes a caller waiting on in-flight permits.</summary>
    public void Finish(RateLimitPermit permit)
    {
        TaskCompletionSource finished;
        lock (_sync)
        {
            if (permit.FinishedAt is not null)
            {
                return;
            }

            permit.FinishedAt = _timeProvider.GetTimestamp();
            finished = _finished;
            _finished = NewSignal();
        }

        finished.TrySetResult();
    }

    /// <summary>
    /// Takes a permit; or returns how long to wait before asking again; or, when every permit in the window is still in
    /// flight, the signal that one has finished.
    /// </summary>
    private (RateLimitPermit? Permit, TimeSpan? Wait, Task Finished) TryGrant()
    {
        lock (_sync)
        {
            var now = _timeProvider.GetTimestamp();
            _permits.RemoveAll(permit => permit.FinishedAt is { } finishedAt && _timeProvider.GetElapsedTime(finishedAt, now) >= _window);

            if (_permits.Count >= _limit)
            {
                // A permit finishing later ages out later, so the earliest finished one decides the wait.
                var earliest = _permits.Min(permit => permit.FinishedAt);
                return (null, earliest is { } finishedAt ? _window - _timeProvider.GetElapsedTime(finishedAt, now) : null, _finished.Task);
            }

            if (PacingDelay(now) is { } pacing)
            {
                return (null, pacing, _finished.Task);
            }

            var granted = new RateLimitPermit(this);
            _permits.Add(granted);
            _lastGrant = now;
            _serverBudget?.Spend();
            return (granted, null, _finished.Task);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

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
