using System.Text.Json;
using Spoke.Json;
using Spoke.Wire;

namespace Spoke.Pipelines;

/// <summary>
/// Reads HubSpot's pipelines API: a pipeline (<c>{id, label, displayOrder, archived, stages, createdAt, updatedAt}</c>), a stage
/// (<c>{id, label, displayOrder, archived, metadata, …}</c>), and their <c>{ "results": [...] }</c> collections.
/// </summary>
internal static class CrmPipelineReader
{
    /// <summary>Reads a list of pipelines (<c>GET /crm/v3/pipelines/{objectType}</c>) in display order.</summary>
    public static IReadOnlyList<CrmPipeline> ReadPipelines(ReadOnlyMemory<byte> body) =>
        [.. CollectionPageReader.Read(body, ReadPipeline).Results.OrderBy(static p => p.DisplayOrder).ThenBy(static p => p.Id, StringComparer.Ordinal)];

    /// <summary>Reads one pipeline.</summary>
    public static CrmPipeline ReadPipeline(ReadOnlyMemory<byte> body)
    {
        var reader = JsonObjectWalker.Open(body);
        return ReadPipeline(ref reader);
    }

    /// <summary>Reads a list of stages in display order.</summary>
    public static IReadOnlyList<CrmPipelineStage> ReadStages(ReadOnlyMemory<byte> body) =>
        InDisplayOrder(CollectionPageReader.Read(body, ReadStage).Results);

    /// <summary>Reads one stage.</summary>
    public static CrmPipelineStage ReadStage(ReadOnlyMemory<byte> body)
    {
        var reader = JsonObjectWalker.Open(body);
        return ReadStage(ref reader);
    }

    private static CrmPipeline ReadPipeline(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a pipeline object");
        string? id = null, label = null;
        var displayOrder = 0;
        var archived = false;
        DateTimeOffset? createdAt = null, updatedAt = null;
        IReadOnlyList<CrmPipelineStage> stages = [];
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { id = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { label = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("displayOrder"u8)) { displayOrder = JsonObjectWalker.ReadInt32Value(ref reader); }
            else if (reader.ValueTextEquals("archived"u8)) { archived = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("createdAt"u8)) { createdAt = ReadInstant(ref reader); }
            else if (reader.ValueTextEquals("updatedAt"u8)) { updatedAt = ReadInstant(ref reader); }
            else if (reader.ValueTextEquals("stages"u8))
            {
                reader.Read();
                stages = InDisplayOrder(JsonObjectWalker.ReadArray(ref reader, ReadStage, "the stages array"));
            }
            else { JsonObjectWalker.SkipValue(ref reader); }
        }

        return new CrmPipeline
        {
            Id = id ?? throw new JsonException("HubSpot returned a pipeline without an id."),
            Label = label ?? id,
            DisplayOrder = displayOrder,
            Archived = archived,
            Stages = stages,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }

    private static CrmPipelineStage ReadStage(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a pipeline stage object");
        string? id = null, label = null;
        var displayOrder = 0;
        var archived = false;
        DateTimeOffset? createdAt = null, updatedAt = null;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { id = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { label = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("displayOrder"u8)) { displayOrder = JsonObjectWalker.ReadInt32Value(ref reader); }
            else if (reader.ValueTextEquals("archived"u8)) { archived = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("createdAt"u8)) { createdAt = ReadInstant(ref reader); }
            else if (reader.ValueTextEquals("updatedAt"u8)) { updatedAt = ReadInstant(ref reader); }
            else if (reader.ValueTextEquals("metadata"u8))
            {
                reader.Read();
                ReadMetadata(ref reader, metadata);
            }
            else { JsonObjectWalker.SkipValue(ref reader); }
        }

        return new CrmPipelineStage
        {
            Id = id ?? throw new JsonException("HubSpot returned a pipeline stage without an id."),
            Label = label ?? id,
            DisplayOrder = displayOrder,
            Archived = archived,
            Metadata = metadata,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }

    // HubSpot sends metadata values as strings ("0.2", "false"); numbers and booleans are kept in the same text form.
    private static void ReadMetadata(ref Utf8JsonReader reader, Dictionary<string, string> metadata)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            var key = reader.GetString()!;
            reader.Read();
            if (JsonObjectWalker.ReadScalarAsString(ref reader) is { } value)
            {
                metadata[key] = value;
            }
        }
    }

    private static List<CrmPipelineStage> InDisplayOrder(IEnumerable<CrmPipelineStage> stages) =>
        [.. stages.OrderBy(static s => s.DisplayOrder).ThenBy(static s => s.Id, StringComparer.Ordinal)];

    private static DateTimeOffset? ReadInstant(ref Utf8JsonReader reader) =>
        JsonObjectWalker.ReadStringValue(ref reader) is { } text && WireFormat.TryDecodeDateTime(text, out var instant) ? instant : null;
}
