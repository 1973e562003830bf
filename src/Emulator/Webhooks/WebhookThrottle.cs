namespace Spoke.Emulator.Webhooks;

/// <summary>
/// Holds webhook requests to the app's <c>throttling</c> settings: at most <c>maxConcurrentRequests</c> requests in
/// flight, and at most as many started in any rolling <c>period</c> (one second for <c>SECONDLY</c>, one minute for
/// <c>ROLLING_MINUTE</c>). Retries and duplicate deliveries count like first tries. Settings are read at each request, so
/// a change applies to the next one. Thread-safe.
/// </summary>
internal sealed class WebhookThrottle(TimeProvider timeProvider)
{
    public const string Secondly = "SECONDLY";
    public const string RollingMinute = "ROLLING_MINUTE";

    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> started = new();
    private TaskCompletionSource released = NewSignal();
    private int inFlight;

    /// <summary>Waits until a request may start; dispose the lease when the request has ended.</summary>
    public async Task<IDisposable> AcquireAsync(WebhookSettings settings, CancellationToken cancellationToken = default)
    {
        var period = settings.Period == RollingMinute ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(1);
        var limit = settings.MaxConcurrentRequests;
        while (true)
        {
            Task wait;
            lock (gate)
            {
                var now = timeProvider.GetUtcNow();
                while (started.Count > 0 && started.Peek() <= now - period)
                {
                    started.Dequeue();
                }

                if (inFlight < limit && started.Count < limit)
                {
                    inFlight++;
                    started.Enqueue(now);
                    return new Lease(this);
                }

                wait = inFlight >= limit
                    ? released.Task
                    : Task.Delay(started.Peek() + period - now, timeProvider, cancellationToken);
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Release()
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            inFlight--;
            signal = released;
            released = NewSignal();
        }

        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Lease(WebhookThrottle throttle) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                throttle.Release();
            }
        }
    }
}
