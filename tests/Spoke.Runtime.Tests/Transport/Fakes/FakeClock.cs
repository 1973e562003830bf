using Microsoft.Extensions.Time.Testing;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>Drives a <see cref="FakeTimeProvider"/> forward until the work under test finishes, so no test sleeps for real.</summary>
internal static class FakeClock
{
    public static FakeTimeProvider Create() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Task<T> work, TimeSpan? step = null, TimeSpan? pause = null)
    {
        await RunAsync(clock, (Task)work, step, pause);
        return await work;
    }

    /// <summary>
    /// Moves <paramref name="clock"/> by <paramref name="step"/> (10 ms) after each real <paramref name="pause"/> (1 ms) until
    /// <paramref name="work"/> ends. Work that takes real CPU time between two steps (an emulator answering) lets the fake clock
    /// run ahead of it; a longer pause keeps a test that measures simulated throughput from depending on how loaded the machine is.
    /// </summary>
    public static async Task RunAsync(FakeTimeProvider clock, Task work, TimeSpan? step = null, TimeSpan? pause = null)
    {
        var advance = step ?? TimeSpan.FromMilliseconds(10);
        var wait = pause ?? TimeSpan.FromMilliseconds(1);
        // A generous bound on simulated time: a test that needs more is stuck, not slow.
        for (var elapsed = TimeSpan.Zero; !work.IsCompleted && elapsed < TimeSpan.FromHours(1); elapsed += advance)
        {
            // Let continuations woken by the previous step register their timers before moving the clock again.
            await Task.Delay(wait);
            clock.Advance(advance);
        }

        await work;
    }
}
