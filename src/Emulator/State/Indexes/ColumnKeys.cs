using System.Globalization;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// The numeric keys that order number, date and datetime values: the number itself, or the instant in epoch
/// milliseconds. Parsed once when a value is written, so range filters and sorts compare doubles rather than text.
/// </summary>
internal static class ColumnKeys
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Whether a property's values are ordered by a numeric key rather than as text.</summary>
    public static bool IsNumeric(PropertyType type) => type is PropertyType.Number or PropertyType.Date or PropertyType.DateTime;

    /// <summary>
    /// The key of a stored value. A value that does not parse gets <see cref="double.NaN"/>, which
    /// <see cref="double.CompareTo(double)"/> orders before every number, as a number filter always did.
    /// </summary>
    public static double Of(PropertyType type, string value) => type switch
    {
        PropertyType.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN,
        PropertyType.Date when DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) =>
            new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds(),
        PropertyType.DateTime when DateTime.TryParseExact(value, TimestampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant) =>
            new DateTimeOffset(instant, TimeSpan.Zero).ToUnixTimeMilliseconds(),
        _ => WireFormat.ParseInstant(value) is { } parsed ? parsed.ToUnixTimeMilliseconds() : double.NaN,
    };
}
