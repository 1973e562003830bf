namespace Spoke.Emulator.Tests.Infrastructure;

/// <summary>A clock that only moves when a test advances it, for time-based behaviour without waiting.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
