using System.Buffers.Text;

namespace Spoke.Wire;

/// <summary>
/// Fast paths that read the wire shapes HubSpot actually sends (plain numbers, <c>true</c>/<c>false</c>, <c>yyyy-MM-dd</c>,
/// ISO 8601 in UTC, epoch milliseconds) straight from the UTF-8 bytes, without a string or a char copy. Each one accepts only
/// what <see cref="WireFormat"/> reads to the same value; anything else returns <see langword="false"/> and the caller falls
/// back to <see cref="WireFormat"/>, so a fast path can make a read quicker but never change its result.
/// </summary>
internal static class Utf8WireParser
{
    // Up to 28 characters hold at most 28 digits, which a decimal represents exactly: no rounding rule can differ.
    private const int MaxExactDecimalLength = 28;
    private const int DateLength = 10;
    private const int IsoSecondsLength = 19;
    private const int MaxFractionDigits = 7;

    public static bool TryParseNumber(ReadOnlySpan<byte> utf8, out decimal value)
    {
        if (utf8.Length <= MaxExactDecimalLength && Utf8Parser.TryParse(utf8, out value, out var consumed) && consumed == utf8.Length)
        {
            return true;
        }

        value = default;
        return false;
    }

    public static bool TryParseBool(ReadOnlySpan<byte> utf8, out bool value)
    {
        value = utf8.SequenceEqual("true"u8);
        return value || utf8.SequenceEqual("false"u8);
    }

    public static bool TryParseDate(ReadOnlySpan<byte> utf8, out DateOnly value)
    {
        if (TryParseIsoDate(utf8, out value))
        {
            return true;
        }

        if (TryParseDateTime(utf8, out var dateTime))
        {
            value = DateOnly.FromDateTime(dateTime.UtcDateTime);
            return true;
        }

        return false;
    }

    // Epoch milliseconds first, as WireFormat does; then ISO 8601 in the one shape HubSpot writes, yyyy-MM-ddTHH:mm:ss[.fffffff]Z.
    public static bool TryParseDateTime(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        if (Utf8Parser.TryParse(utf8, out long milliseconds, out var consumed) && consumed == utf8.Length)
        {
            return WireFormat.TryFromEpochMilliseconds(milliseconds, out value);
        }

        return TryParseIsoUtc(utf8, out value);
    }

    private static bool TryParseIsoUtc(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        if (utf8.Length < IsoSecondsLength + 1 || utf8[^1] != (byte)'Z' || utf8[DateLength] != (byte)'T'
            || utf8[13] != (byte)':' || utf8[16] != (byte)':'
            || !TryParseIsoDate(utf8[..DateLength], out var date)
            || !TryParseDigits(utf8[11..13], out var hour) || hour > 23
            || !TryParseDigits(utf8[14..16], out var minute) || minute > 59
            || !TryParseDigits(utf8[17..IsoSecondsLength], out var second) || second > 59
            || !TryParseFraction(utf8[IsoSecondsLength..^1], out var fractionTicks))
        {
            return false;
        }

        value = new DateTimeOffset(date.Year, date.Month, date.Day, hour, minute, second, TimeSpan.Zero).AddTicks(fractionTicks);
        return true;
    }

    // Empty, or a dot and one to seven digits (a tick is 100 ns); longer fractions round, which the general parser handles.
    private static bool TryParseFraction(ReadOnlySpan<byte> utf8, out long ticks)
    {
        ticks = 0;
        if (utf8.IsEmpty)
        {
            return true;
        }

        if (utf8[0] != (byte)'.' || utf8.Length is < 2 or > MaxFractionDigits + 1 || !TryParseDigits(utf8[1..], out var digits))
        {
            return false;
        }

        ticks = digits;
        for (var padding = utf8.Length - 1; padding < MaxFractionDigits; padding++)
        {
            ticks *= 10;
        }

        return true;
    }

    private static bool TryParseIsoDate(ReadOnlySpan<byte> utf8, out DateOnly value)
    {
        value = default;
        if (utf8.Length != DateLength || utf8[4] != (byte)'-' || utf8[7] != (byte)'-'
            || !TryParseDigits(utf8[..4], out var year) || !TryParseDigits(utf8[5..7], out var month) || !TryParseDigits(utf8[8..], out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryParseDigits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (var digit in utf8)
        {
            var figure = digit - (byte)'0';
            if ((uint)figure > 9)
            {
                return false;
            }

            value = (value * 10) + figure;
        }

        return true;
    }
}
