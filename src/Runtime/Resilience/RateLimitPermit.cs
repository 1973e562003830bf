namespace Spoke.Resilience;

/// <summary>One attempt's permit from a <see cref="RollingWindowLimiter"/>: it counts against the limit until its hold lapses.</summary>
/// <param name="limiter">The limiter that granted it.</param>
/// <param name="id">The store's id of the permit.</param>
/// <param name="grantedAt">When it was granted, as a <see cref="TimeProvider"/> timestamp.</param>
/// <param name="hold">How long the store holds it unless it is shortened.</param>
internal sealed class RateLimitPermit(RollingWindowLimiter limiter, string id, long grantedAt, TimeSpan hold)
{
    private int _finished;

    public string Id { get; } = id;

    public long GrantedAt { get; } = grantedAt;

    public TimeSpan Hold { get; } = hold;

    /// <summary>Marks the attempt finished (once): HubSpot has counted the request by now, if it ever will.</summary>
    public ValueTask FinishAsync() => Interlocked.Exchange(ref _finished, 1) == 0 ? limiter.FinishAsync(this) : ValueTask.CompletedTask;
}
