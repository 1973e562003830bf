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
        var common = default(CommonMembers);
        IReadOnlyList<CrmPipelineStage> stages = [];
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (common.TryRead(ref reader))
            {
                continue;
            }

            if (reader.ValueTextEquals("stages"u8))
            {
                reader.Read();
                stages = InDisplayOrder(JsonObjectWalker.ReadArray(ref reader, ReadStage, "the stages array"));
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        var id = common.Id ?? throw new JsonException("HubSpot returned a pipeline without an id.");
        return new CrmPipeline
        {
            Id = id,
            Label = common.Label ?? id,
            DisplayOrder = common.DisplayOrder,
            Archived = common.Archived,
            Stages = stages,
            CreatedAt = common.CreatedAt,
            UpdatedAt = common.UpdatedAt,
        };
    }

    private static CrmPipelineStage ReadStage(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a pipeline stage object");
        var common = default(CommonMembers);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (common.TryRead(ref reader))
            {
                continue;
            }

            if (reader.ValueTextEquals("metadata"u8))
            {
                reader.Read();
                ReadMetadata(ref reader, metadata);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        var id = common.Id ?? throw new JsonException("HubSpot returned a pipeline stage without an id.");
        return new CrmPipelineStage
        {
            Id = id,
            Label = common.Label ?? id,
            DisplayOrder = common.DisplayOrder,
            Archived = common.Archived,
            Metadata = metadata,
            CreatedAt = common.CreatedAt,
            UpdatedAt = common.UpdatedAt,
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

    /// <summary>The members pipelines and stages share.</summary>
    private struct CommonMembers
    {
        public string? Id;
        public string? Label;
        public int DisplayOrder;
        public bool Archived;
        public DateTimeOffset? CreatedAt;
        public DateTimeOffset? UpdatedAt;

        /// <summary>Reads the property the reader is on when it is a shared member; false (nothing read) otherwise.</summary>
        public bool TryRead(ref Utf8JsonReader reader)
        {
            if (reader.ValueTextEquals("id"u8)) { Id = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { Label = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("displayOrder"u8)) { DisplayOrder = JsonObjectWalker.ReadInt32Value(ref reader); }
            else if (reader.ValueTextEquals("archived"u8)) { Archived = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("createdAt"u8)) { CreatedAt = ReadInstant(ref reader); }
            else if (reader.ValueTextEquals("updatedAt"u8)) { UpdatedAt = ReadInstant(ref reader); }
            else { return false; }

            return true;
        }

        private static DateTimeOffset? ReadInstant(ref Utf8JsonReader reader) =>
            JsonObjectWalker.ReadStringValue(ref reader) is { } text && WireFormat.TryDecodeDateTime(text, out var instant) ? instant : null;
    }
}
