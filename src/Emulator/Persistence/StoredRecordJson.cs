using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Json;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Persistence;

/// <summary>One record as the data file and its journal store it: id, timestamps and property values.</summary>
internal static class StoredRecordJson
{
    public static void Write(Utf8JsonWriter writer, CrmRecord record)
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
        writer.WriteEndObject();
    }

    public static CrmRecord Read(JsonElement stored)
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

        return record;
    }

    private static DateTimeOffset Instant(JsonElement element, string name) =>
        DateTimeOffset.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
