using System.Text.Json;
using Spoke.Json;
using Spoke.Wire;

namespace Spoke.History;

/// <summary>
/// Reads the <c>id</c> and <c>propertiesWithHistory</c> of a record answer: <c>{ name: [ {value, timestamp, sourceType, sourceId?,
/// sourceLabel?, updatedByUserId?} ] }</c>, versions newest first as HubSpot sends them.
/// </summary>
internal static class HistoryReader
{
    /// <summary>Reads the history of a single record answer.</summary>
    public static (string Id, Dictionary<string, IReadOnlyList<PropertyVersion<string>>> Versions) Read(ReadOnlyMemory<byte> body)
    {
        var reader = JsonObjectWalker.Open(body);
        return ReadRecord(ref reader);
    }

    /// <summary>Reads the history of the record object the reader is on (an element of a list or batch answer's <c>results</c>).</summary>
    public static (string Id, Dictionary<string, IReadOnlyList<PropertyVersion<string>>> Versions) ReadRecord(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a record object");
        string? id = null;
        var versions = new Dictionary<string, IReadOnlyList<PropertyVersion<string>>>(StringComparer.Ordinal);
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("propertiesWithHistory"u8))
            {
                reader.Read();
                ReadProperties(ref reader, versions);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return (id ?? throw new JsonException("HubSpot returned a record without an id."), versions);
    }

    private static void ReadProperties(ref Utf8JsonReader reader, Dictionary<string, IReadOnlyList<PropertyVersion<string>>> versions)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            var name = reader.GetString()!;
            reader.Read();
            versions[name] = reader.TokenType == JsonTokenType.StartArray
                ? JsonObjectWalker.ReadArray(ref reader, ReadVersion, "a property's history")
                : SkipToEmpty(ref reader);
        }
    }

    private static List<PropertyVersion<string>> SkipToEmpty(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return [];
    }

    private static PropertyVersion<string> ReadVersion(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a property version object");
        string? value = null, timestamp = null, sourceType = null, sourceId = null, sourceLabel = null, userId = null;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("value"u8)) { value = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("timestamp"u8)) { timestamp = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("sourceType"u8)) { sourceType = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("sourceId"u8)) { sourceId = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("sourceLabel"u8)) { sourceLabel = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("updatedByUserId"u8)) { userId = JsonObjectWalker.ReadStringValue(ref reader); }
            else { JsonObjectWalker.SkipValue(ref reader); }
        }

        var at = timestamp is not null && WireFormat.TryDecodeDateTime(timestamp, out var instant)
            ? instant
            : throw new JsonException($"HubSpot returned a property version without a valid timestamp ('{timestamp}').");
        return new PropertyVersion<string>(
            value ?? string.Empty, value ?? string.Empty, at, sourceType ?? string.Empty, sourceId, sourceLabel,
            long.TryParse(userId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var user) ? user : null);
    }
}
