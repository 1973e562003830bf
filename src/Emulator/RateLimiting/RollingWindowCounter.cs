namespace Spoke.Emulator.RateLimiting;

/// <summary>Counts requests in a rolling window; thread-safe.</summary>
internal sealed class RollingWindowCounter(TimeSpan window)
{
    private readonly Queue<DateTimeOffset> accepted = new();
    private readonly Lock gate = new();

    /// <summary>
    /// Admits a request when fewer than <paramref name="limit"/> were admitted in the last window. Returns the
    /// requests left after this one, or the wait until a slot frees up.
    /// </summary>
    public (bool Admitted, int Remaining, TimeSpan RetryAfter) TryAdmit(int limit, DateTimeOffset now)
    {
        lock (gate)
        {
            Expire(now);
            if (accepted.Count >= limit)
            {
                return (false, 0, accepted.Peek() + window - now);
            }

            accepted.Enqueue(now);
            return (true, limit - accepted.Count, TimeSpan.Zero);
        }
    }

    /// <summary>Counts a request that no limit refuses; returns how many were counted in the last window, this one included.</summary>
    public int Count(DateTimeOffset now)
    {
        lock (gate)
        {
            Expire(now);
            accepted.Enqueue(now);
            return accepted.Count;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (accepted.Count > 0 && accepted.Peek() <= now - window)
        {
            accepted.Dequeue();
        }
    }
}
