namespace Spoke.Webhooks.Tests.Support;

/// <summary>The system clock moved by an offset the test changes, to replay or pre-date real deliveries.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
