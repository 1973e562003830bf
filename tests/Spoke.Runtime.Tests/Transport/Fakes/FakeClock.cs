using Microsoft.Extensions.Time.Testing;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>Drives a <see cref="FakeTimeProvider"/> forward until the work under test finishes, so no test sleeps for real.</summary>
internal static class FakeClock
{
    public static FakeTimeProvider Create() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Task<T> work, TimeSpan? step = null)
    {
        await RunAsync(clock, (Task)work, step);
        return await work;
    }

    public static async Task RunAsync(FakeTimeProvider clock, Task work, TimeSpan? step = null)
    {
        var advance = step ?? TimeSpan.FromMilliseconds(10);
        // A generous bound on simulated time: a test that needs more is stuck, not slow.
        for (var elapsed = TimeSpan.Zero; !work.IsCompleted && elapsed < TimeSpan.FromHours(1); elapsed += advance)
        {
            // Let continuations woken by the previous step register their timers before moving the clock again.
            await Task.Delay(1);
            clock.Advance(advance);
        }

        await work;
    }
}
