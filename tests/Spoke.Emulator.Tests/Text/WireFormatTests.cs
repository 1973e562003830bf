using System.Globalization;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Tests.Text;

public sealed class WireFormatTests
{
    [Fact]
    public void Timestamps_are_iso_8601_utc_with_milliseconds_for_any_instant()
    {
        var random = new Random(11);
        var instants = Enumerable.Range(0, 2_000)
            .Select(_ => new DateTimeOffset(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), TimeSpan.Zero))
            .Append(DateTimeOffset.MinValue)
            .Append(DateTimeOffset.MaxValue)
            .Append(new DateTimeOffset(2024, 2, 29, 23, 59, 59, 999, TimeSpan.FromHours(-5)));
        foreach (var instant in instants)
        {
            Assert.Equal(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), WireFormat.Timestamp(instant));
        }
    }
}
