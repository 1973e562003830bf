using System.Text.Json;

namespace Spoke.Batch;

/// <summary>Writes the <c>inputs</c> of a batch request that names records by id: <c>"inputs":[{"id":"…"},…]</c>.</summary>
internal static class BatchIdsJson
{
    public static void WriteInputs(Utf8JsonWriter writer, IEnumerable<string> ids)
    {
        writer.WriteStartArray("inputs");
        foreach (var id in ids)
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
