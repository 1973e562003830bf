using System.Globalization;

namespace Spoke.Emulator.Text;

/// <summary>HubSpot's text forms for timestamps and dates.</summary>
internal static class WireFormat
{
    /// <summary>
    /// ISO 8601 in UTC with milliseconds and <c>Z</c> (<c>yyyy-MM-ddTHH:mm:ss.fffZ</c>); its ordinal order is chronological
    /// order. Written digit by digit: every write stamps and every record response carries several of these.
    /// </summary>
    public static string Timestamp(DateTimeOffset value) => string.Create(24, value.UtcDateTime, static (text, utc) =>
    {
        var at = Field(text, 0, utc.Year, 4, '-');
        at = Field(text, at, utc.Month, 2, '-');
        at = Field(text, at, utc.Day, 2, 'T');
        at = Field(text, at, utc.Hour, 2, ':');
        at = Field(text, at, utc.Minute, 2, ':');
        at = Field(text, at, utc.Second, 2, '.');
        Field(text, at, utc.Millisecond, 3, 'Z');
    });

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a date or datetime as HubSpot accepts it: epoch milliseconds, <c>yyyy-MM-dd</c> or ISO 8601.</summary>
    public static DateTimeOffset? ParseInstant(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return milliseconds is >= -62_135_596_800_000 and <= 253_402_300_799_999
                ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
                : null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
    }

    /// <summary>Writes a zero-padded number of <paramref name="width"/> digits and a separator; returns the next position.</summary>
    private static int Field(Span<char> text, int at, int value, int width, char separator)
    {
        for (var digit = at + width - 1; digit >= at; digit--)
        {
            text[digit] = (char)('0' + (value % 10));
            value /= 10;
        }

        text[at + width] = separator;
        return at + width + 1;
    }
}
