namespace Spoke.Resilience;

/// <summary>One request's place in a <see cref="RollingWindowLimiter"/>; it ages out a window after it is finished.</summary>
internal sealed class RateLimitPermit(RollingWindowLimiter limiter)
{
    /// <summary>When the attempt finished, as a <see cref="TimeProvider"/> timestamp; null while it is in flight.</summary>
    public long? FinishedAt { get; set; }

    /// <summary>Marks the attempt finished: HubSpot has counted it by now, if it ever will.</summary>
    public void Finish() => limiter.Finish(this);
}
