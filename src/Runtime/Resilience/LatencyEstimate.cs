namespace Spoke.Resilience;

/// <summary>
/// What the limiter learns from the attempts it has seen: their typical duration (an exponentially weighted moving average,
/// which sizes concurrency) and how much they vary (the spread of the most recent ones, which sizes the safety margin of the
/// rolling window). Thread-safe.
/// </summary>
internal sealed class LatencyEstimate(TimeSpan window)
{
    private const int Samples = 32;
    private const int SamplesBeforeTrusted = 4;
    private const double Smoothing = 0.25;

    private readonly TimeSpan[] _recent = new TimeSpan[Samples];
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

                var filled = Math.Min(_count, Samples);
                var fastest = TimeSpan.MaxValue;
                var slowest = TimeSpan.Zero;
                for (var i = 0; i < filled; i++)
                {
                    fastest = fastest < _recent[i] ? fastest : _recent[i];
                    slowest = slowest > _recent[i] ? slowest : _recent[i];
                }

                var margin = _floor + (slowest - fastest);
                return margin < window ? margin : window;
            }
        }
    }

    /// <summary>
    /// How much later than the fastest recent attempt one that took <paramref name="duration"/> may have reached HubSpot: the
    /// difference, plus a hundredth of the window for jitter the client cannot see. An attempt held up before it was sent (a
    /// paused process, a slow link) took longer, and may have arrived that much later.
    /// </summary>
    public TimeSpan LateBy(TimeSpan duration)
    {
        lock (_sync)
        {
            var fastest = TimeSpan.MaxValue;
            for (var i = 0; i < Math.Min(_count, Samples); i++)
            {
                fastest = fastest < _recent[i] ? fastest : _recent[i];
            }

            return _floor + (duration > fastest ? duration - fastest : TimeSpan.Zero);
        }
    }

    /// <summary>Adds the duration of an attempt, from its grant to its answer.</summary>
    public void Add(TimeSpan duration)
    {
        lock (_sync)
        {
            _recent[_count % Samples] = duration;
            _averageTicks = _count == 0 ? duration.Ticks : (Smoothing * duration.Ticks) + ((1 - Smoothing) * _averageTicks);
            _count++;
        }
    }
}
