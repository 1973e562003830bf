using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Writes;

/// <summary>
/// Checks one written value against its property's type and turns it into the stored wire form: numbers as written,
/// booleans <c>true</c>/<c>false</c>, dates <c>yyyy-MM-dd</c>, datetimes ISO 8601 UTC with milliseconds.
/// </summary>
internal static class PropertyValueNormalizer
{
    public const int MaxValueLength = 65_536;

    /// <summary>Reads a JSON property value as text; HubSpot also accepts numbers and booleans.</summary>
    public static bool TryReadText(JsonElement value, out string? text)
    {
        text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "",
            _ => null,
        };
        return text is not null;
    }

    /// <summary>The stored value, <see langword="null"/> to clear it, or an error.</summary>
    public static (string? Value, PropertyValueError? Error) Normalize(PropertyDefinition property, string text, string? current)
    {
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (text.Length > MaxValueLength)
        {
            return Fail(property, "VALUE_TOO_LONG", $"Property \"{property.Name}\" holds {text.Length} characters; the maximum is {MaxValueLength}.");
        }

        return property.Type switch
        {
            PropertyType.Number => NormalizeNumber(property, text),
            PropertyType.Bool => NormalizeBool(property, text),
            PropertyType.Date => NormalizeDate(property, text),
            PropertyType.DateTime => NormalizeDateTime(property, text),
            PropertyType.Enumeration => NormalizeEnumeration(property, text, current),
            _ => (text, null),
        };
    }

    private static (string?, PropertyValueError?) NormalizeNumber(PropertyDefinition property, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? (text.Trim(), null)
            : Fail(property, "INVALID_INTEGER", $"{text} was not a valid number.");

    private static (string?, PropertyValueError?) NormalizeBool(PropertyDefinition property, string text) =>
        bool.TryParse(text, out var flag)
            ? (flag ? "true" : "false", null)
            : Fail(property, "INVALID_BOOLEAN", $"{text} was not a valid boolean; use true or false.");

    private static (string?, PropertyValueError?) NormalizeDate(PropertyDefinition property, string text)
    {
        var instant = WireFormat.ParseInstant(text);
        if (instant is null)
        {
            return Fail(property, "INVALID_DATE", $"{text} was not a valid date; use yyyy-MM-dd or epoch milliseconds at midnight UTC.");
        }

        return instant.Value.UtcDateTime.TimeOfDay == TimeSpan.Zero
            ? (WireFormat.Date(DateOnly.FromDateTime(instant.Value.UtcDateTime)), null)
            : Fail(property, "INVALID_DATE", $"{text} is not at midnight UTC; date properties only hold whole days.");
    }

    private static (string?, PropertyValueError?) NormalizeDateTime(PropertyDefinition property, string text) =>
        WireFormat.ParseInstant(text) is { } instant
            ? (WireFormat.Timestamp(instant), null)
            : Fail(property, "INVALID_DATETIME", $"{text} was not a valid datetime; use ISO 8601 or epoch milliseconds.");

    private static (string?, PropertyValueError?) NormalizeEnumeration(PropertyDefinition property, string text, string? current)
    {
        if (!property.IsMultiSelect)
        {
            return property.HasExternalOptions || property.Options.Contains(text)
                ? (text, null)
                : InvalidOption(property, text);
        }

        // A leading ';' adds to the values already set instead of replacing them.
        var appending = text.StartsWith(';');
        var values = text.Split(';', StringSplitOptions.RemoveEmptyEntries);
        foreach (var value in values)
        {
            if (!property.HasExternalOptions && !property.Options.Contains(value))
            {
                return InvalidOption(property, value);
            }
        }

        var combined = appending && current is not null
            ? current.Split(';', StringSplitOptions.RemoveEmptyEntries).Concat(values).Distinct(StringComparer.Ordinal)
            : values.Distinct(StringComparer.Ordinal);
        var joined = string.Join(';', combined);
        return (joined.Length == 0 ? null : joined, null);
    }

    private static (string?, PropertyValueError?) InvalidOption(PropertyDefinition property, string value) =>
        Fail(property, "INVALID_OPTION",
            $"{value} was not one of the allowed options: [{string.Join(", ", property.Options.Order(StringComparer.Ordinal))}]");

    private static (string?, PropertyValueError?) Fail(PropertyDefinition property, string code, string message) =>
        (null, new PropertyValueError(property.Name, code, message));
}
