using System.Text.Json;
using Spoke.Emulator.Json;
using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// The <c>pipelines</c> and <c>propertyGroups</c> members of the data file and of journal entries: per object type id,
/// the type's whole list (archived entries included), written when it changes; the last one read wins.
/// </summary>
internal static class AccountSettingsFile
{
    public const string Pipelines = "pipelines";
    public const string PropertyGroups = "propertyGroups";

    public static void WritePipelines(Utf8JsonWriter writer, PipelineStore store, IEnumerable<ObjectTypeDefinition> types) =>
        WriteLists(writer, Pipelines, types, store.All, (w, pipeline) => PipelineJson.Write(w, pipeline, includeArchivedStages: true));

    public static void WritePropertyGroups(Utf8JsonWriter writer, PropertyGroupCatalog catalog, IEnumerable<ObjectTypeDefinition> types) =>
        WriteLists(writer, PropertyGroups, types, catalog.All, PropertyGroupJson.Write);

    public static void ReadPipelines(JsonElement holder, Dictionary<string, List<Pipeline>> latest) =>
        ReadLists(holder, Pipelines, PipelineJson.Read, latest);

    public static void ReadPropertyGroups(JsonElement holder, Dictionary<string, List<PropertyGroup>> latest) =>
        ReadLists(holder, PropertyGroups, PropertyGroupJson.Read, latest);

    private static void WriteLists<T>(
        Utf8JsonWriter writer, string member, IEnumerable<ObjectTypeDefinition> types, Func<ObjectTypeDefinition, IEnumerable<T>> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartObject(member);
        foreach (var type in types)
        {
            writer.WriteStartArray(type.TypeId);
            foreach (var item in items(type))
            {
                write(writer, item);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void ReadLists<T>(JsonElement holder, string member, Func<JsonElement, T> read, Dictionary<string, List<T>> latest)
    {
        if (holder.TryGetProperty(member, out var lists))
        {
            foreach (var type in lists.EnumerateObject())
            {
                latest[type.Name] = [.. type.Value.EnumerateArray().Select(read)];
            }
        }
    }
}
