namespace Spoke.Webhooks.Tests.Support;

/// <summary>A clock the test sets by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public static ManualClock AtUnixMilliseconds(long milliseconds) => new(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));

    public override DateTimeOffset GetUtcNow() => Now;
}
