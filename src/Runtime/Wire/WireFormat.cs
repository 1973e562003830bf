using System.ComponentModel;
using System.Globalization;

namespace Spoke.Wire;

/// <summary>
/// Converts typed property values to and from HubSpot's wire strings. Every property value travels as a JSON string:
/// numbers in invariant culture, booleans as <c>true</c>/<c>false</c>, dates as <c>yyyy-MM-dd</c>, datetimes as ISO 8601 UTC,
/// and an empty string clears a property.
/// </summary>
/// <remarks>For generated code: hidden from IntelliSense, and not meant to be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireFormat
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Encodes a string; <see langword="null"/> becomes the empty string, which clears the property.</summary>
    /// <param name="value">The value.</param>
    public static string EncodeString(string? value) => value ?? string.Empty;

    /// <summary>Encodes a number in invariant culture; <see langword="null"/> clears the property.</summary>
    /// <param name="value">The value.</param>
    public static string EncodeNumber(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Encodes a boolean as <c>true</c>/<c>false</c>; <see langword="null"/> clears the property.</summary>
    /// <param name="value">The value.</param>
    public static string EncodeBool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => string.Empty,
    };

    /// <summary>Encodes a date as <c>yyyy-MM-dd</c>; <see langword="null"/> clears the property.</summary>
    /// <param name="value">The value.</param>
    public static string EncodeDate(DateOnly? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Encodes a datetime as ISO 8601 in UTC with milliseconds; <see langword="null"/> clears the property.</summary>
    /// <param name="value">The value.</param>
    public static string EncodeDateTime(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The value HubSpot search expects for a date: epoch milliseconds of midnight UTC.</summary>
    /// <param name="value">The date.</param>
    public static string EncodeDateForSearch(DateOnly value) =>
        EncodeDateTimeForSearch(new DateTimeOffset(value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>The value HubSpot search expects for a datetime: epoch milliseconds.</summary>
    /// <param name="value">The datetime.</param>
    public static string EncodeDateTimeForSearch(DateTimeOffset value) =>
        value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Decodes a number sent as a string.</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">The number when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when the string is not a number.</returns>
    public static bool TryDecodeNumber(ReadOnlySpan<char> wireValue, out decimal value) =>
        decimal.TryParse(wireValue, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Decodes a boolean sent as <c>true</c>/<c>false</c> (any case).</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">The boolean when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when the string is not a boolean.</returns>
    public static bool TryDecodeBool(ReadOnlySpan<char> wireValue, out bool value) => bool.TryParse(wireValue, out value);

    /// <summary>Decodes a date sent as <c>yyyy-MM-dd</c>, as ISO 8601, or as epoch milliseconds.</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">The date when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when the string is not a date.</returns>
    public static bool TryDecodeDate(ReadOnlySpan<char> wireValue, out DateOnly value)
    {
        if (DateOnly.TryParseExact(wireValue, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        if (TryDecodeDateTime(wireValue, out var dateTime))
        {
            value = DateOnly.FromDateTime(dateTime.UtcDateTime);
            return true;
        }

        return false;
    }

    /// <summary>Decodes a datetime sent as ISO 8601 or as epoch milliseconds.</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">The datetime when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when the string is not a datetime.</returns>
    public static bool TryDecodeDateTime(ReadOnlySpan<char> wireValue, out DateTimeOffset value)
    {
        if (long.TryParse(wireValue, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds)
            && TryFromEpochMilliseconds(milliseconds, out value))
        {
            return true;
        }

        return DateTimeOffset.TryParse(wireValue, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>Converts epoch milliseconds, when they fall within the range of <see cref="DateTimeOffset"/>.</summary>
    /// <param name="milliseconds">Milliseconds since 1970-01-01T00:00:00Z.</param>
    /// <param name="value">The instant, in UTC, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when the number is out of range.</returns>
    internal static bool TryFromEpochMilliseconds(long milliseconds, out DateTimeOffset value)
    {
        if (milliseconds >= EpochMillisecondsMin && milliseconds <= EpochMillisecondsMax)
        {
            value = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
            return true;
        }

        value = default;
        return false;
    }

    private static readonly long EpochMillisecondsMin = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long EpochMillisecondsMax = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
}
