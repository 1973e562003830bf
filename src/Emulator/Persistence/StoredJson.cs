using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Persistence;

/// <summary>Records and associations as the data file and its journal store them.</summary>
internal static class StoredJson
{
    /// <summary>One record: id, timestamps, property values and the versions of changed properties.</summary>
    public static void WriteRecord(Utf8JsonWriter writer, CrmRecord record)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", record.Id);
        writer.WriteString("createdAt", WireFormat.Timestamp(record.CreatedAt));
        writer.WriteString("updatedAt", WireFormat.Timestamp(record.UpdatedAt));
        if (record.ArchivedAt is { } archivedAt)
        {
            writer.WriteString("archivedAt", WireFormat.Timestamp(archivedAt));
        }

        writer.WriteStartObject("properties");
        foreach (var (name, value) in record.Properties)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
        if (record.History is { } history)
        {
            writer.WriteStartObject("history");
            foreach (var (name, versions) in history)
            {
                writer.WriteStartArray(name);
                foreach (var version in versions)
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(version.Value);
                    writer.WriteStringValue(WireFormat.Timestamp(version.Timestamp));
                    writer.WriteStringValue(version.SourceType);
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static CrmRecord ReadRecord(JsonElement stored)
    {
        var record = new CrmRecord(stored.GetProperty("id").GetInt64(), Instant(stored, "createdAt"))
        {
            UpdatedAt = Instant(stored, "updatedAt"),
            ArchivedAt = stored.TryGetProperty("archivedAt", out _) ? Instant(stored, "archivedAt") : null,
        };
        foreach (var value in stored.GetProperty("properties").EnumerateObject())
        {
            record.Properties[value.Name] = value.Value.GetString() ?? "";
        }

        if (stored.TryGetProperty("history", out var history))
        {
            record.History = history.EnumerateObject().ToDictionary(
                property => property.Name,
                property => property.Value.EnumerateArray()
                    .Select(v => new PropertyVersion(v[0].GetString()!, Instant(v[1].GetString()!), v[2].GetString()!))
                    .ToList(),
                StringComparer.Ordinal);
        }

        return record;
    }

    /// <summary>One direction of an association, <c>[fromTypeId, fromId, toTypeId, toId, typeId]</c>, after the journal's added/removed flag.</summary>
    public static void WriteAssociation(Utf8JsonWriter writer, bool? added, string fromTypeId, long fromId, string toTypeId, long toId, int typeId)
    {
        writer.WriteStartArray();
        if (added is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }

        writer.WriteStringValue(fromTypeId);
        writer.WriteNumberValue(fromId);
        writer.WriteStringValue(toTypeId);
        writer.WriteNumberValue(toId);
        writer.WriteNumberValue(typeId);
        writer.WriteEndArray();
    }

    private static DateTimeOffset Instant(JsonElement element, string name) => Instant(element.GetProperty(name).GetString()!);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
