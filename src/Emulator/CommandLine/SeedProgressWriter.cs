using System.Globalization;

namespace Spoke.Emulator.CommandLine;

/// <summary>
/// Shows how seeding a large account is going on the command line: a line per object type at most once a second, with an
/// estimate of the time left from the rate so far, and a line when the type is done. Plain lines, so logs read them too.
/// </summary>
internal sealed class SeedProgressWriter(TextWriter error, TimeProvider timeProvider) : IProgress<EmulatorSeedProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private string? _objectType;
    private long _startedAt;
    private long _lastLine;

    public void Report(EmulatorSeedProgress value)
    {
        var now = timeProvider.GetTimestamp();
        if (value.ObjectType != _objectType)
        {
            (_objectType, _startedAt, _lastLine) = (value.ObjectType, now, now);
        }

        var elapsed = timeProvider.GetElapsedTime(_startedAt, now);
        if (value.Created >= value.Total)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {value.Total:N0} {value.ObjectType} in {elapsed.TotalSeconds:0.0} s"));
            return;
        }

        if (timeProvider.GetElapsedTime(_lastLine, now) < Interval || value.Created <= 0)
        {
            return;
        }

        _lastLine = now;
        var left = elapsed * ((value.Total - value.Created) / (double)value.Created);
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Seeding {value.ObjectType}: {value.Created:N0} of {value.Total:N0} ({value.Created * 100L / value.Total}%), about {Math.Ceiling(left.TotalSeconds):0} s left"));
    }
}
