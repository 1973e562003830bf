using System.Text.Encodings.Web;
using System.Text.Json;
using Spoke.Text;

namespace Spoke.Cli.Schema.Snapshots;

/// <summary>
/// Writes a HubSpot response body in the one layout Spoke commits, so that pulling an unchanged account twice gives
/// byte-identical files. Every value and every key is kept as HubSpot sent it; only two things are normalised:
/// whitespace (two-space indent, LF, final newline) and the order of arrays of named objects (properties, custom object
/// schemas, association definitions), which are sorted by <c>name</c> because HubSpot does not promise an order for them.
/// Option lists keep HubSpot's order, which is the order users see in HubSpot.
/// </summary>
internal static class SnapshotFormatter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Formats a response body of the shape <c>{"results":[...]}</c>.</summary>
    /// <returns>The canonical bytes and the number of entries in <c>results</c>.</returns>
    /// <exception cref="InvalidDataException">The body is not JSON, or not an object with a <c>results</c> array.</exception>
    public static (byte[] Content, int ResultCount) Format(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"the body is not valid JSON ({JsonErrorText.Describe(exception)})", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("results", out var results)
                || results.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("the body is not an object with a \"results\" array");
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                WriteElement(writer, root);
            }

            buffer.WriteByte((byte)'\n');
            return (buffer.ToArray(), results.GetArrayLength());
        }
    }

    private static void WriteElement(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteElement(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in InStableOrder(element))
                {
                    WriteElement(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static IEnumerable<JsonElement> InStableOrder(JsonElement array)
    {
        var items = array.EnumerateArray().ToList();
        return items.Count > 1 && items.TrueForAll(HasName)
            ? items.OrderBy(item => item.GetProperty("name").GetString(), StringComparer.Ordinal)
            : items;
    }

    private static bool HasName(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty("name", out var name)
        && name.ValueKind == JsonValueKind.String;
}
