using System.Globalization;

namespace Spoke.Emulator.Json;

/// <summary>HubSpot's text forms for timestamps and dates.</summary>
internal static class WireFormat
{
    /// <summary>
    /// ISO 8601 in UTC with milliseconds and <c>Z</c> (<c>yyyy-MM-ddTHH:mm:ss.fffZ</c>); its ordinal order is chronological
    /// order. Written digit by digit: every write stamps and every record response carries several of these.
    /// </summary>
    public static string Timestamp(DateTimeOffset value) => string.Create(24, value.UtcDateTime, static (text, utc) =>
    {
        Digits(text[..4], utc.Year);
        text[4] = '-';
        Digits(text[5..7], utc.Month);
        text[7] = '-';
        Digits(text[8..10], utc.Day);
        text[10] = 'T';
        Digits(text[11..13], utc.Hour);
        text[13] = ':';
        Digits(text[14..16], utc.Minute);
        text[16] = ':';
        Digits(text[17..19], utc.Second);
        text[19] = '.';
        Digits(text[20..23], utc.Millisecond);
        text[23] = 'Z';
    });

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static void Digits(Span<char> text, int value)
    {
        for (var at = text.Length - 1; at >= 0; at--)
        {
            text[at] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
