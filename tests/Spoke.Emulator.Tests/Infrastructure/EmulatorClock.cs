namespace Spoke.Emulator.Tests.Infrastructure;

/// <summary>Where the emulator's fake clocks start: a fixed instant away from midnight UTC, when the daily quota resets.</summary>
internal static class EmulatorClock
{
    public static DateTimeOffset Start { get; } = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
}
