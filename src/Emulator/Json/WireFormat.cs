using System.Globalization;

namespace Spoke.Emulator.Json;

/// <summary>HubSpot's text forms for timestamps and dates.</summary>
internal static class WireFormat
{
    /// <summary>ISO 8601 in UTC with milliseconds and <c>Z</c>; its ordinal order is chronological order.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
