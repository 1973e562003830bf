using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Spoke.Testing;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// Builds a realistic search page: <c>recordCount</c> contacts with <c>propertyCount</c> properties each, the property
/// names and value shapes taken from the contacts schema snapshot (numbers, dates, picklist options, free text).
/// </summary>
internal static class ContactPageFactory
{
    public static byte[] Build(int recordCount, int propertyCount)
    {
        var properties = PickProperties(propertyCount);
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", recordCount);
            writer.WriteStartArray("results");
            for (var record = 0; record < recordCount; record++)
            {
                var id = (1_000_000 + record).ToString(CultureInfo.InvariantCulture);
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteStartObject("properties");
                foreach (var (name, value) in properties)
                {
                    writer.WriteString(name, name == "hs_object_id" ? id : value(record));
                }

                writer.WriteEndObject();
                writer.WriteString("createdAt", "2024-01-17T19:55:04.281Z");
                writer.WriteString("updatedAt", "2024-06-02T08:12:44.017Z");
                writer.WriteBoolean("archived", false);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("paging");
            writer.WriteStartObject("next");
            writer.WriteString("after", recordCount.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static List<(string Name, Func<int, string> Value)> PickProperties(int count)
    {
        using var snapshot = JsonDocument.Parse(File.ReadAllBytes(SnapshotPath()));
        var picked = new List<(string, Func<int, string>)>(count);
        foreach (var property in snapshot.RootElement.GetProperty("results").EnumerateArray().OrderBy(static p => p.GetProperty("name").GetString(), StringComparer.Ordinal))
        {
            if (ValueFor(property) is { } value)
            {
                picked.Add((property.GetProperty("name").GetString()!, value));
            }

            if (picked.Count == count)
            {
                break;
            }
        }

        return picked;
    }

    private static Func<int, string>? ValueFor(JsonElement property)
    {
        var name = property.GetProperty("name").GetString()!;
        return property.GetProperty("type").GetString() switch
        {
            "number" => static record => (record * 37 % 100_000).ToString(CultureInfo.InvariantCulture),
            "bool" => static record => record % 2 == 0 ? "true" : "false",
            "datetime" => static _ => "2024-03-05T10:11:12.345Z",
            "date" => static _ => "2024-03-05",
            "enumeration" when property.TryGetProperty("options", out var options) && options.GetArrayLength() > 0 =>
                OptionValue(options),
            "string" => record => $"{name} value {record}",
            _ => null,
        };
    }

    private static Func<int, string> OptionValue(JsonElement options)
    {
        var values = options.EnumerateArray().Select(static option => option.GetProperty("value").GetString()!).ToArray();
        return record => values[record % values.Length];
    }

    private static string SnapshotPath() => Path.Combine(RepositoryRoot.SchemaSnapshots, "contacts.json");
}
