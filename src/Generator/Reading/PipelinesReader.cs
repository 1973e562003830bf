using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Json;
using Spoke.Generator.Model;

namespace Spoke.Generator.Reading;

/// <summary>
/// Reads the <c>results</c> of a pipelines snapshot into pipeline specs. Archived pipelines and stages are left out (HubSpot
/// lists them only when asked for); a pipeline or stage without an id or label is skipped with a warning, and so is a second
/// one with an id already read: a stage id is the stage property's value, so it is unique across the object's pipelines.
/// </summary>
internal sealed class PipelinesReader
{
    private readonly SnapshotReader _reader;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<string> _stageIds = new(StringComparer.Ordinal);

    private PipelinesReader(SnapshotReader reader, CancellationToken cancellationToken)
    {
        _reader = reader;
        _cancellationToken = cancellationToken;
    }

    public static EquatableArray<PipelineSchemaSpec> Read(SnapshotReader reader, JsonValue results, CancellationToken cancellationToken) =>
        new PipelinesReader(reader, cancellationToken).ReadPipelines(results);

    private EquatableArray<PipelineSchemaSpec> ReadPipelines(JsonValue results)
    {
        var pipelines = new List<PipelineSchemaSpec>(results.Items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < results.Items.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var item = results.Items[i];
            var path = "$.results[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (!TryIdentity(item, path, "pipeline", out var id, out var label) || item.GetBool("archived"))
            {
                continue;
            }

            if (!seen.Add(id))
            {
                _reader.Report(DiagnosticCatalogue.DuplicatePipelineId.Id, _reader.Locate(item), _reader.SnapshotName, "pipeline", id, path);
                continue;
            }

            var stages = item.Get("stages");
            if (stages is not { Kind: JsonKind.Array })
            {
                Unreadable(stages ?? item, "the pipeline has no 'stages' array", JsonPath.Member(path, "stages"), "the pipeline is skipped");
                continue;
            }

            _reader.AddLocation(path, item);
            pipelines.Add(new PipelineSchemaSpec(id, label, DisplayOrder(item), item.GetString("createdAt"), path, ReadStages(stages, path)));
        }

        pipelines.Sort(static (left, right) =>
        {
            var order = left.DisplayOrder.CompareTo(right.DisplayOrder);
            return order != 0 ? order : string.CompareOrdinal(left.Id, right.Id);
        });
        return pipelines.ToEquatableArray();
    }

    private EquatableArray<StageSchemaSpec> ReadStages(JsonValue stages, string pipelinePath)
    {
        var result = new List<StageSchemaSpec>(stages.Items.Count);
        for (var i = 0; i < stages.Items.Count; i++)
        {
            var item = stages.Items[i];
            var path = pipelinePath + ".stages[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (!TryIdentity(item, path, "stage", out var id, out var label) || item.GetBool("archived"))
            {
                continue;
            }

            if (!_stageIds.Add(id))
            {
                _reader.Report(DiagnosticCatalogue.DuplicatePipelineId.Id, _reader.Locate(item), _reader.SnapshotName, "stage", id, path);
                continue;
            }

            _reader.AddLocation(path, item);
            result.Add(new StageSchemaSpec(id, label, DisplayOrder(item), ReadMetadata(item.Get("metadata"), JsonPath.Member(path, "metadata")), item.GetString("createdAt"), path));
        }

        result.Sort(static (left, right) =>
        {
            var order = left.DisplayOrder.CompareTo(right.DisplayOrder);
            return order != 0 ? order : string.CompareOrdinal(left.Id, right.Id);
        });
        return result.ToEquatableArray();
    }

    private bool TryIdentity(JsonValue item, string path, string what, out string id, out string label)
    {
        id = string.Empty;
        label = string.Empty;
        if (item.Kind != JsonKind.Object)
        {
            Unreadable(item, "expected a " + what + " object", path, "it is skipped");
            return false;
        }

        var idValue = item.Get("id");
        if (idValue is not { Kind: JsonKind.String or JsonKind.Number } || string.IsNullOrEmpty(idValue.Text))
        {
            Unreadable(idValue ?? item, "the " + what + " has no 'id'", JsonPath.Member(path, "id"), "the " + what + " is skipped");
            return false;
        }

        var labelText = item.GetString("label");
        if (string.IsNullOrWhiteSpace(labelText))
        {
            Unreadable(item.Get("label") ?? item, "the " + what + " '" + idValue.Text + "' has no 'label'", JsonPath.Member(path, "label"), "the " + what + " is skipped");
            return false;
        }

        id = idValue.Text!;
        label = labelText!;
        return true;
    }

    private EquatableArray<StageMetadataSpec> ReadMetadata(JsonValue? metadata, string path)
    {
        if (metadata is not { Kind: JsonKind.Object })
        {
            return EquatableArray<StageMetadataSpec>.Empty;
        }

        var entries = new List<StageMetadataSpec>(metadata.Members.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in metadata.Members)
        {
            var text = member.Value.Kind switch
            {
                JsonKind.String or JsonKind.Number => member.Value.Text,
                JsonKind.True => "true",
                JsonKind.False => "false",
                _ => null,
            };
            if (text is null || !seen.Add(member.Key))
            {
                continue;
            }

            var memberPath = JsonPath.Member(path, member.Key);
            if (member.Key == StageMetadata.Probability && StageMetadata.ProbabilityLiteral(text) is null)
            {
                Unreadable(member.Value, "the stage's probability '" + text + "' is not a number from 0 to 1", memberPath, "its Probability is left unset");
            }
            else if (member.Key == StageMetadata.IsClosed && StageMetadata.ParseIsClosed(text) is null)
            {
                Unreadable(member.Value, "the stage's isClosed '" + text + "' is neither true nor false", memberPath, "its IsClosed is left unset");
            }

            entries.Add(new StageMetadataSpec(member.Key, text));
        }

        entries.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        return entries.ToEquatableArray();
    }

    private static int DisplayOrder(JsonValue item) =>
        item.Get("displayOrder") is { Kind: JsonKind.Number, Text: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order) ? order : 0;

    private void Unreadable(JsonValue at, string problem, string path, string consequence) =>
        _reader.Report(DiagnosticCatalogue.PipelineUnreadable.Id, _reader.Locate(at), _reader.SnapshotName, problem, path, consequence);
}
