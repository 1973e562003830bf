using System.Buffers;
using System.Text.Json;

namespace Spoke.Wire;

/// <summary>
/// Reads one property value from a <see cref="Utf8JsonReader"/> positioned on it, straight into its typed form. Used by generated
/// records; a value that cannot be read as its type is kept raw on the record instead of being lost.
/// </summary>
public static class WireReader
{
    /// <summary>Reads a value as a string: JSON strings as is, numbers and booleans as their text, <c>null</c> as <see langword="null"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        _ => ReadNestedAsText(ref reader),
    };

    /// <summary>Reads a number; an unreadable value is kept raw on <paramref name="record"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="record">The record being read.</param>
    /// <param name="propertyName">The wire name of the property.</param>
    public static decimal? ReadNumber(ref Utf8JsonReader reader, CrmRecord record, string propertyName) =>
        Read<decimal>(ref reader, record, propertyName, Utf8WireParser.TryParseNumber, WireFormat.TryDecodeNumber);

    /// <summary>Reads a boolean; an unreadable value is kept raw on <paramref name="record"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="record">The record being read.</param>
    /// <param name="propertyName">The wire name of the property.</param>
    public static bool? ReadBool(ref Utf8JsonReader reader, CrmRecord record, string propertyName) =>
        reader.TokenType is JsonTokenType.True or JsonTokenType.False
            ? reader.GetBoolean()
            : Read<bool>(ref reader, record, propertyName, Utf8WireParser.TryParseBool, WireFormat.TryDecodeBool);

    /// <summary>Reads a date; an unreadable value is kept raw on <paramref name="record"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="record">The record being read.</param>
    /// <param name="propertyName">The wire name of the property.</param>
    public static DateOnly? ReadDate(ref Utf8JsonReader reader, CrmRecord record, string propertyName) =>
        Read<DateOnly>(ref reader, record, propertyName, Utf8WireParser.TryParseDate, WireFormat.TryDecodeDate);

    /// <summary>Reads a datetime; an unreadable value is kept raw on <paramref name="record"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="record">The record being read.</param>
    /// <param name="propertyName">The wire name of the property.</param>
    public static DateTimeOffset? ReadDateTime(ref Utf8JsonReader reader, CrmRecord record, string propertyName) =>
        Read<DateTimeOffset>(ref reader, record, propertyName, Utf8WireParser.TryParseDateTime, WireFormat.TryDecodeDateTime);

    /// <summary>Reads a single-select picklist value; unknown options are kept as raw <see cref="Picklist{TEnum}"/> values.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="codec">The enum's codec.</param>
    public static Picklist<TEnum>? ReadPicklist<TEnum>(ref Utf8JsonReader reader, PicklistCodec<TEnum> codec)
        where TEnum : struct, Enum
    {
        var text = ReadString(ref reader);
        return string.IsNullOrEmpty(text) ? null : codec.Decode(text);
    }

    /// <summary>Reads a multi-select (semicolon-joined) picklist value; unknown options are kept raw.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="codec">The enum's codec.</param>
    public static IReadOnlyList<Picklist<TEnum>>? ReadPicklists<TEnum>(ref Utf8JsonReader reader, PicklistCodec<TEnum> codec)
        where TEnum : struct, Enum
    {
        var text = ReadString(ref reader);
        return text is null ? null : codec.DecodeMany(text);
    }

    private delegate bool Utf8ValueParser<T>(ReadOnlySpan<byte> utf8, out T value);

    private delegate bool SpanParser<T>(ReadOnlySpan<char> text, out T value);

    // Unescaped values in one segment (almost all of them) are parsed straight from their bytes, so a typed read allocates nothing
    // and copies nothing per value. An empty string is how HubSpot says "no value"; anything the fast path does not take goes
    // through the string parser, and what that cannot read either is kept raw on the record.
    private static T? Read<T>(ref Utf8JsonReader reader, CrmRecord record, string propertyName, Utf8ValueParser<T> parseUtf8, SpanParser<T> parse)
        where T : struct
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number && !reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var utf8 = reader.ValueSpan;
            if (utf8.IsEmpty)
            {
                return null;
            }

            if (parseUtf8(utf8, out var value))
            {
                return value;
            }
        }

        var text = ReadString(ref reader);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (parse(text, out var parsed))
        {
            return parsed;
        }

        record.KeepAdditionalProperty(propertyName, text);
        return null;
    }

    private static string ReadNestedAsText(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }
}
