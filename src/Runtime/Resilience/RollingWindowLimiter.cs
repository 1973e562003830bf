using Spoke.Http;
using Spoke.RateLimiting;

namespace Spoke.Resilience;

/// <summary>
/// Keeps one process's requests within one of HubSpot's rolling-window limits, through a <see cref="HubSpotBudgetStore"/>
/// that may be shared with other processes. The store keeps the hold of every permit, so no window, wherever it starts,
/// holds more than the limit.
/// </summary>
/// <remarks>
/// HubSpot counts a request when it arrives; the client only knows when it sent it and when the answer came. A permit
/// therefore holds its place for the window plus a margin: while the attempt is in flight, the margin covers the latency
/// jitter measured so far (<see cref="LatencyEstimate.Margin"/>, a whole window before anything is measured); when the
/// attempt finishes, the hold becomes the window plus how much later than the fastest recent attempt it may have arrived
/// (<see cref="LatencyEstimate.LateBy"/>), and never more than its own duration, since the request cannot have arrived after
/// its answer: shorter than granted for an ordinary attempt, longer for one held up past the margin.
/// Two requests a window apart on the client are then a window apart on HubSpot's side unless their latencies differ by more
/// than the margin. When HubSpot reports that little of the window is left and that something besides this limiter spends
/// it (<see cref="Observe"/>), permits are also spaced evenly.
/// </remarks>
internal sealed class RollingWindowLimiter
{
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMilliseconds(1);

    private readonly BudgetBucket _bucket;
    private readonly TimeSpan _window;
    private readonly HubSpotBudgetStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly Lock _sync = new();
    private readonly Queue<long> _recentGrants = new();
    private TaskCompletionSource _finished = NewSignal();
    private TaskCompletionSource _granted = NewSignal();
    private int _inFlight;
    private ServerBudget? _serverBudget;
    private long _lastGrant;

    public RollingWindowLimiter(BudgetBucket bucket, TimeSpan window, HubSpotBudgetStore store, TimeProvider timeProvider)
    {
        _bucket = bucket;
        _window = window;
        _store = store;
        _timeProvider = timeProvider;
        Latency = new LatencyEstimate(window, timeProvider);
    }

    /// <summary>How long this limiter's attempts take, and how much that varies.</summary>
    public LatencyEstimate Latency { get; }

    /// <summary>The most permits in any window.</summary>
    public int Limit => _bucket.Limit;

    /// <summary>The window, without the margin.</summary>
    public TimeSpan Window => _window;

    /// <summary>The permits this limiter granted whose attempts have not finished.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Completes when this limiter next grants a permit.</summary>
    public Task NextGrant
    {
        get
        {
            lock (_sync)
            {
                return _granted.Task;
            }
        }
    }

    /// <summary>Waits, first come first served in this process, until a permit is free, and takes it.</summary>
    /// <returns>The permit, to be finished when its attempt has its answer (or failed), and how long the caller waited.</returns>
    public async ValueTask<(RateLimitPermit Permit, TimeSpan Waited)> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var started = _timeProvider.GetTimestamp();
        await _queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                Task finished;
                TimeSpan wait;
                lock (_sync)
                {
                    finished = _finished.Task;
                    wait = PacingDelay(_timeProvider.GetTimestamp()) ?? TimeSpan.Zero;
                }

                if (wait <= TimeSpan.Zero)
                {
                    // A shared store timestamps the grant on its own clock, somewhere between the ask and the answer; timing
                    // the attempt from the ask keeps the shortened hold from ever ending before the store's grant + duration.
                    var askedAt = _timeProvider.GetTimestamp();
                    var hold = _window + Latency.Margin;
                    var grant = await _store.TryAcquireAsync(_bucket, hold, cancellationToken).ConfigureAwait(false);
                    if (grant.PermitId is { } id)
                    {
                        var grantedAt = askedAt;
                        var forgetBefore = grantedAt - Timestamps(CountingReach(hold) * 2);
                        TaskCompletionSource granted;
                        lock (_sync)
                        {
                            _lastGrant = grantedAt;
                            ForgetGrantsBefore(forgetBefore);
                            _recentGrants.Enqueue(grantedAt);
                            _serverBudget?.Spend();
                            _inFlight++;
                            granted = _granted;
                            _granted = NewSignal();
                        }

                        granted.TrySetResult();

                        return (new RateLimitPermit(this, id, grantedAt, hold), _timeProvider.GetElapsedTime(started));
                    }

                    wait = grant.RetryAfter > ShortestWait ? grant.RetryAfter : ShortestWait;
                }

                // A permit of this process finishing can shorten its hold, so it wakes the queue early.
                await WaitAsync(wait, finished, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    /// <summary>
    /// Records what HubSpot said is left of the window when it counted the request granted at <paramref name="grantedAt"/>,
    /// and whether anything but this limiter's own requests spends it: requests of the same token that do not share this
    /// limiter's store, or a limit lower than the one configured. Only then are permits spaced out while little is left; the
    /// window this limiter emptied itself fills again as its own permits lapse.
    /// </summary>
    public void Observe(RateLimitHeaders headers, long grantedAt)
    {
        var now = _timeProvider.GetTimestamp();
        var since = grantedAt - Timestamps(CountingReach(_window + Latency.Margin));
        lock (_sync)
        {
            var own = _recentGrants.Count(granted => granted > since);
            var othersSpend = headers.Max - headers.Remaining > own || headers.Max < _bucket.Limit;
            _serverBudget = othersSpend ? new ServerBudget(headers, now) : null;
        }
    }

    /// <summary>
    /// Learns from a finished attempt, sets its permit's hold to the window plus how late the request may have arrived, and
    /// wakes a caller waiting for a permit.
    /// </summary>
    public async ValueTask FinishAsync(RateLimitPermit permit)
    {
        var duration = _timeProvider.GetElapsedTime(permit.GrantedAt);
        Latency.Add(duration);

        // A request cannot have arrived after its answer. The first requests of a cold process, sent before any latency was
        // measured (granted with the whole window as margin), keep their whole duration: they open connections the later
        // ones reuse, so they may have arrived later than any measure of the warm ones would say. A warm request may have
        // arrived as much later than the fastest as it took longer than the fastest: more than its margin if it was held up.
        var cold = permit.Hold - _window >= _window;
        var lateBy = cold ? duration : Latency.LateBy(duration);
        var hold = _window + (duration < lateBy ? duration : lateBy);
        try
        {
            if (hold != permit.Hold)
            {
                await _store.SetHoldAsync(_bucket, permit.Id, hold).ConfigureAwait(false);
            }
        }
        finally
        {
            TaskCompletionSource finished;
            lock (_sync)
            {
                _inFlight--;
                finished = _finished;
                _finished = NewSignal();
            }

            finished.TrySetResult();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task WaitAsync(TimeSpan wait, Task finished, CancellationToken cancellationToken)
    {
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, _timeProvider, stopWaiting.Token);
        await Task.WhenAny(delay, finished).ConfigureAwait(false);
        await stopWaiting.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// How long before a request this limiter's requests that HubSpot counted with it may have been granted: they arrived
    /// in the window before it, so at most a window, a latency and its spread before it.
    /// </summary>
    /// <param name="hold">The hold a permit is granted with now: the window and the latency's spread.</param>
    private TimeSpan CountingReach(TimeSpan hold) => hold + (Latency.Average ?? TimeSpan.Zero);

    private void ForgetGrantsBefore(long timestamp)
    {
        while (_recentGrants.TryPeek(out var oldest) && oldest < timestamp)
        {
            _recentGrants.Dequeue();
        }
    }

    private long Timestamps(TimeSpan duration) => (long)(duration.TotalSeconds * _timeProvider.TimestampFrequency);

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
