using System.Text.Json;
using System.Text;

namespace Spoke.Json;

/// <summary>
/// Small helpers for walking HubSpot response envelopes with a <see cref="Utf8JsonReader"/>.
/// The loop pattern used by every envelope reader is:
/// <c>while (JsonObjectWalker.NextPropertyName(ref reader)) { if (reader.ValueTextEquals("x"u8)) { reader.Read(); … } else JsonObjectWalker.SkipValue(ref reader); }</c>.
/// </summary>
internal static class JsonObjectWalker
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Creates a reader over a response body, positioned on its first token.</summary>
    public static Utf8JsonReader Open(ReadOnlyMemory<byte> body)
    {
        var reader = new Utf8JsonReader(body.Span, Options);
        if (!reader.Read())
        {
            throw new JsonException("HubSpot returned an empty body where a JSON document was expected.");
        }

        return reader;
    }

    /// <summary>Ensures the reader is on the given token.</summary>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string what)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {what} in HubSpot's response but found a {reader.TokenType} token.");
        }
    }

    /// <summary>Advances to the next property name of the current object; false at its end.</summary>
    public static bool NextPropertyName(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Skips the value of the property the reader is on.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Advances to the next element of the current array; false at its end.</summary>
    public static bool NextElement(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType != JsonTokenType.EndArray;

    /// <summary>Reads an array whose elements <paramref name="readElement"/> reads, from a reader positioned on the array.</summary>
    public static List<T> ReadArray<T>(ref Utf8JsonReader reader, JsonValueReader<T> readElement, string what)
    {
        Expect(ref reader, JsonTokenType.StartArray, what);
        var elements = new List<T>();
        while (NextElement(ref reader))
        {
            elements.Add(readElement(ref reader));
        }

        return elements;
    }

    /// <summary>Reads a scalar as a string: HubSpot sends ids as strings in v3 and as numbers in v4.</summary>
    public static string? ReadScalarAsString(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>Reads the value of the property the reader is on as a string (see <see cref="ReadScalarAsString"/>).</summary>
    public static string? ReadStringValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        return ReadScalarAsString(ref reader);
    }

    /// <summary>Reads the value of the property the reader is on as a boolean: true only for a JSON <c>true</c>.</summary>
    public static bool ReadBoolValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        var value = reader.TokenType == JsonTokenType.True;
        reader.Skip();
        return value;
    }

    /// <summary>Reads the value of the property the reader is on as a 32-bit integer; anything else reads as 0.</summary>
    public static int ReadInt32Value(ref Utf8JsonReader reader)
    {
        reader.Read();
        var value = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : 0;
        reader.Skip();
        return value;
    }

    /// <summary>Reads the value of the property the reader is on as a 64-bit integer, from a number or a numeric string; anything else reads as null.</summary>
    public static long? ReadInt64Value(ref Utf8JsonReader reader)
    {
        reader.Read();
        long? value = reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt64(out var number) => number,
            JsonTokenType.String when long.TryParse(reader.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
        reader.Skip();
        return value;
    }

    /// <summary>Reads an array of scalars as strings; a value that is not an array yields an empty list.</summary>
    public static List<string> ReadStringArray(ref Utf8JsonReader reader)
    {
        var values = new List<string>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return values;
        }

        while (NextElement(ref reader))
        {
            if (ReadScalarAsString(ref reader) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>Reads <c>paging.next.after</c> from a reader positioned on the <c>paging</c> value.</summary>
    public static string? ReadNextAfter(ref Utf8JsonReader reader) =>
        ReadMember(ref reader, "next", static (ref Utf8JsonReader next) => ReadMember(ref next, "after", ReadScalarAsString));

    /// <summary>
    /// Reads one member of the object the reader is on and skips the rest; a value that is not an object yields the default.
    /// </summary>
    public static T? ReadMember<T>(ref Utf8JsonReader reader, string name, JsonValueReader<T?> readValue)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return default;
        }

        T? value = default;
        while (NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals(name))
            {
                reader.Read();
                value = readValue(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return value;
    }

    /// <summary>Reads a <c>{ "key": ["v1", "v2"] }</c> map, the shape of HubSpot's error <c>context</c>.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ReadStringListMap(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return map;
        }

        while (NextPropertyName(ref reader))
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = reader.TokenType == JsonTokenType.StartArray
                ? ReadStringArray(ref reader)
                : ReadScalarAsString(ref reader) is { } single ? [single] : [];
        }

        return map;
    }
}
