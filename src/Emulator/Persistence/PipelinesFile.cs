using System.Text.Json;
using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Persistence;

/// <summary>The <c>pipelines</c> member of the data file and of journal entries: each type's pipelines, archived ones included.</summary>
internal static class PipelinesFile
{
    public const string MemberName = "pipelines";

    /// <summary>Writes the member with the pipelines of <paramref name="types"/>.</summary>
    public static void Write(Utf8JsonWriter writer, PipelineStore store, IEnumerable<ObjectTypeDefinition> types)
    {
        writer.WriteStartObject(MemberName);
        foreach (var type in types)
        {
            writer.WriteStartArray(type.TypeId);
            foreach (var pipeline in store.All(type))
            {
                PipelineJson.Write(writer, pipeline, includeArchivedStages: true);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the member, when present, into the latest pipelines per type id.</summary>
    public static void Read(JsonElement holder, Dictionary<string, List<Pipeline>> latest)
    {
        if (holder.TryGetProperty(MemberName, out var member))
        {
            foreach (var type in member.EnumerateObject())
            {
                latest[type.Name] = [.. type.Value.EnumerateArray().Select(PipelineJson.Read)];
            }
        }
    }
}
