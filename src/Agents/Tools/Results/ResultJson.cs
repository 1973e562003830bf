using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Spoke.Agents.Tools.Results;

/// <summary>Writes compact JSON results: no indentation, no null properties, records as <c>{id, properties, ...}</c>.</summary>
internal static class ResultJson
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <c>{id, properties, createdAt, updatedAt, archived?, url?}</c>; <c>url</c> when <paramref name="links"/> can make one.</summary>
    public static void WriteRecord(Utf8JsonWriter writer, CrmObject record, RecordLinks links = default)
    {
        writer.WriteStartObject();
        writer.WriteString("id", record.Id);
        if (links.For(record.Id) is { } url)
        {
            writer.WriteString("url", url);
        }

        WriteProperties(writer, "properties", record.Properties);
        if (record.CreatedAt != default)
        {
            writer.WriteString("createdAt", record.CreatedAt);
        }

        if (record.UpdatedAt != default)
        {
            writer.WriteString("updatedAt", record.UpdatedAt);
        }

        if (record.Archived)
        {
            writer.WriteBoolean("archived", true);
        }

        writer.WriteEndObject();
    }

    public static void WriteProperties(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string?> properties)
    {
        writer.WriteStartObject(name);
        foreach (var (property, value) in properties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (value is not null)
            {
                writer.WriteString(property, value);
            }
        }

        writer.WriteEndObject();
    }
}
