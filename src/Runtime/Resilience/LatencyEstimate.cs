namespace Spoke.Resilience;

/// <summary>
/// What the limiter learns from the attempts it has seen: their typical duration (an exponentially weighted moving average)
/// and how much they vary (the spread of those of the last two windows, and at least of the last 32, which sizes the safety
/// margin of the rolling window). Thread-safe.
/// </summary>
/// <remarks>
/// Two windows, because requests come in waves: a whole window's permits lapse together a window after a burst, and the
/// attempts of one wave are slowed alike by the server working through it. The first of the next wave can be as fast as the
/// fastest of the last, which only a span longer than one wave remembers.
/// </remarks>
internal sealed class LatencyEstimate(TimeSpan window, TimeProvider timeProvider)
{
    private const int SamplesKept = 32;
    private const int SamplesBeforeTrusted = 4;
    private const double Smoothing = 0.25;

    private readonly Queue<(long FinishedAt, TimeSpan Duration)> _recent = new();
    private readonly Lock _sync = new();
    private readonly TimeSpan _floor = window / 100;
    private int _count;
    private double _averageTicks;

    /// <summary>The moving average of attempt durations; null before any attempt has finished.</summary>
    public TimeSpan? Average
    {
        get
        {
            lock (_sync)
            {
                return _count == 0 ? null : TimeSpan.FromTicks((long)_averageTicks);
            }
        }
    }

    /// <summary>
    /// How much later than its send one request may be counted by HubSpot than another: the spread between the fastest and
    /// slowest recent attempts plus a hundredth of the window, for jitter the client cannot see. A whole window until a few
    /// attempts have been measured, because the first requests of a cold process are the slowest.
    /// </summary>
    public TimeSpan Margin
    {
        get
        {
            lock (_sync)
            {
                if (_count < SamplesBeforeTrusted)
                {
                    return window;
                }

                var (fastest, slowest) = Range();
                var margin = _floor + (slowest - fastest);
                return margin < window ? margin : window;
            }
        }
    }

    /// <summary>
    /// How much later than the fastest recent attempt one that took <paramref name="duration"/> may have reached HubSpot: the
    /// difference, plus a hundredth of the window for jitter the client cannot see. An attempt held up before it was sent (a
    /// paused process, a slow link, a client busy starting a wave) took longer, and may have arrived that much later.
    /// </summary>
    public TimeSpan LateBy(TimeSpan duration)
    {
        lock (_sync)
        {
            var (fastest, _) = Range();
            return _floor + (duration > fastest ? duration - fastest : TimeSpan.Zero);
        }
    }

    /// <summary>Adds the duration of an attempt, from its grant to its answer, which came now.</summary>
    public void Add(TimeSpan duration)
    {
        var now = timeProvider.GetTimestamp();
        lock (_sync)
        {
            _recent.Enqueue((now, duration));
            while (_recent.Count > SamplesKept && timeProvider.GetElapsedTime(_recent.Peek().FinishedAt, now) > window * 2)
            {
                _recent.Dequeue();
            }

            _averageTicks = _count == 0 ? duration.Ticks : (Smoothing * duration.Ticks) + ((1 - Smoothing) * _averageTicks);
            _count++;
        }
    }

    /// <summary>The fastest and slowest recent attempts; called under the lock.</summary>
    private (TimeSpan Fastest, TimeSpan Slowest) Range()
    {
        var fastest = TimeSpan.MaxValue;
        var slowest = TimeSpan.Zero;
        foreach (var (_, duration) in _recent)
        {
            fastest = fastest < duration ? fastest : duration;
            slowest = slowest > duration ? slowest : duration;
        }

        return (fastest, slowest);
    }
}
