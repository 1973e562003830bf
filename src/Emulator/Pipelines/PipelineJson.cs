using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Pipelines;

/// <summary>
/// Pipelines and stages as HubSpot's v3 pipelines API serves them; the data file stores the same shape with archived
/// stages included.
/// </summary>
internal static class PipelineJson
{
    /// <summary>Writes a pipeline; its archived stages only when <paramref name="includeArchivedStages"/> (the data file).</summary>
    public static void Write(Utf8JsonWriter writer, Pipeline pipeline, bool includeArchivedStages = false)
    {
        writer.WriteStartObject();
        writer.WriteString("label", pipeline.Label);
        writer.WriteNumber("displayOrder", pipeline.DisplayOrder);
        writer.WriteString("id", pipeline.Id);
        writer.WriteStartArray("stages");
        foreach (var stage in includeArchivedStages ? pipeline.Stages : pipeline.LiveStages)
        {
            WriteStage(writer, stage);
        }

        writer.WriteEndArray();
        WriteTimes(writer, pipeline.CreatedAt, pipeline.UpdatedAt, pipeline.ArchivedAt);
        writer.WriteEndObject();
    }

    public static void WriteStage(Utf8JsonWriter writer, PipelineStage stage)
    {
        writer.WriteStartObject();
        writer.WriteString("label", stage.Label);
        writer.WriteNumber("displayOrder", stage.DisplayOrder);
        writer.WriteStartObject("metadata");
        foreach (var (key, value) in stage.Metadata)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteString("id", stage.Id);
        WriteTimes(writer, stage.CreatedAt, stage.UpdatedAt, stage.ArchivedAt);
        writer.WriteString("writePermissions", "CRM_PERMISSIONS_ENFORCEMENT");
        writer.WriteEndObject();
    }

    /// <summary>Reads a pipeline written by <see cref="Write"/> with its archived stages (from a data file).</summary>
    public static Pipeline Read(JsonElement stored) =>
        new(stored.GetProperty("id").GetString()!, Instant(stored, "createdAt"))
        {
            Label = stored.GetProperty("label").GetString()!,
            DisplayOrder = stored.GetProperty("displayOrder").GetInt32(),
            UpdatedAt = Instant(stored, "updatedAt"),
            ArchivedAt = stored.TryGetProperty("archivedAt", out _) ? Instant(stored, "archivedAt") : null,
            Stages = [.. stored.GetProperty("stages").EnumerateArray().Select(ReadStage)],
        };

    private static PipelineStage ReadStage(JsonElement stored) =>
        new(stored.GetProperty("id").GetString()!, Instant(stored, "createdAt"))
        {
            Label = stored.GetProperty("label").GetString()!,
            DisplayOrder = stored.GetProperty("displayOrder").GetInt32(),
            Metadata = new SortedDictionary<string, string>(
                stored.GetProperty("metadata").EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetString() ?? "", StringComparer.Ordinal),
                StringComparer.Ordinal),
            UpdatedAt = Instant(stored, "updatedAt"),
            ArchivedAt = stored.TryGetProperty("archivedAt", out _) ? Instant(stored, "archivedAt") : null,
        };

    private static void WriteTimes(Utf8JsonWriter writer, DateTimeOffset createdAt, DateTimeOffset updatedAt, DateTimeOffset? archivedAt)
    {
        writer.WriteString("createdAt", WireFormat.Timestamp(createdAt));
        writer.WriteString("updatedAt", WireFormat.Timestamp(updatedAt));
        writer.WriteBoolean("archived", archivedAt.HasValue);
        if (archivedAt is { } at)
        {
            writer.WriteString("archivedAt", WireFormat.Timestamp(at));
        }
    }

    private static DateTimeOffset Instant(JsonElement element, string name) =>
        DateTimeOffset.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
