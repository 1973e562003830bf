using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// Reads the bodies of the pipelines API (<c>PipelineInput</c>, <c>PipelinePatchInput</c>, <c>PipelineStageInput</c>,
/// <c>PipelineStagePatchInput</c>) and checks them as HubSpot does: labels and display orders present and typed, and
/// stage metadata that fits the object type (a deal stage's <c>probability</c> from 0.0 to 1.0, a ticket stage's
/// <c>ticketState</c> OPEN or CLOSED).
/// </summary>
internal static class PipelineInputReader
{
    /// <summary>One stage as written: a member left out is <see langword="null"/>.</summary>
    public sealed record StageInput(string? Label, int? DisplayOrder, SortedDictionary<string, string>? Metadata, bool? Archived);

    /// <summary>One pipeline as written: a member left out is <see langword="null"/>.</summary>
    public sealed record PipelineInput(string? Label, int? DisplayOrder, IReadOnlyList<StageInput>? Stages, bool? Archived);

    /// <summary>A whole pipeline (POST, PUT): label, display order and at least one whole stage.</summary>
    public static PipelineInput ReadWhole(JsonElement body, ObjectTypeDefinition type)
    {
        var label = RequiredLabel(body, "pipeline");
        var displayOrder = DisplayOrder(body, "displayOrder") ?? throw ApiProblem.Validation("A pipeline needs \"displayOrder\" (a whole number).");
        var stages = body.Member("stages");
        if (stages.ValueKind != JsonValueKind.Array || stages.GetArrayLength() == 0)
        {
            throw ApiProblem.Validation("A pipeline needs \"stages\": an array of at least one stage ({\"label\",\"displayOrder\",\"metadata\"}).");
        }

        var read = stages.EnumerateArray().Select(stage => ReadWholeStage(stage, type)).ToList();
        RequireDistinctLabels(read.Select(s => s.Label!), "stage");
        return new PipelineInput(label, displayOrder, read, null);
    }

    /// <summary>A pipeline patch: any of label, display order and archived.</summary>
    public static PipelineInput ReadPatch(JsonElement body) =>
        new(OptionalLabel(body, "pipeline"), DisplayOrder(body, "displayOrder"), null, Flag(body, "archived"));

    /// <summary>A whole stage (POST, PUT): label, display order and metadata.</summary>
    public static StageInput ReadWholeStage(JsonElement body, ObjectTypeDefinition type)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw ApiProblem.Validation($"A stage must be an object with \"label\", \"displayOrder\" and \"metadata\", but was {RequestBody.Describe(body.ValueKind)}.");
        }

        var label = RequiredLabel(body, "stage");
        var displayOrder = DisplayOrder(body, "displayOrder") ?? throw ApiProblem.Validation($"Stage \"{label}\" needs \"displayOrder\" (a whole number).");
        var metadata = Metadata(body, type, label) ?? throw ApiProblem.Validation($"Stage \"{label}\" needs \"metadata\"{MetadataHint(type)}.");
        return new StageInput(label, displayOrder, metadata, null);
    }

    /// <summary>A stage patch: any of label, display order, metadata (replacing the old) and archived.</summary>
    public static StageInput ReadStagePatch(JsonElement body, ObjectTypeDefinition type)
    {
        var label = OptionalLabel(body, "stage");
        return new StageInput(label, DisplayOrder(body, "displayOrder"), Metadata(body, type, label ?? "patched"), Flag(body, "archived"));
    }

    /// <summary>Rejects two labels that differ only in case, as one pipeline (or object type) cannot hold both.</summary>
    public static void RequireDistinctLabels(IEnumerable<string> labels, string what)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in labels)
        {
            if (!seen.Add(label))
            {
                throw ApiProblem.Validation($"Two {what}s are labelled \"{label}\"; each {what} needs its own label.");
            }
        }
    }

    private static SortedDictionary<string, string>? Metadata(JsonElement body, ObjectTypeDefinition type, string stage)
    {
        var member = body.Member("metadata");
        if (member.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (member.ValueKind != JsonValueKind.Object)
        {
            throw ApiProblem.Validation($"\"metadata\" of stage \"{stage}\" must be an object of text values{MetadataHint(type)}, but was {RequestBody.Describe(member.ValueKind)}.");
        }

        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in member.EnumerateObject())
        {
            metadata[entry.Name] = entry.Value.ValueKind switch
            {
                JsonValueKind.String => entry.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => entry.Value.GetRawText(),
                _ => throw ApiProblem.Validation($"metadata.{entry.Name} of stage \"{stage}\" must be text, a number or a boolean, but was {RequestBody.Describe(entry.Value.ValueKind)}."),
            };
        }

        if (type.Name == "deals")
        {
            if (!metadata.TryGetValue("probability", out var probability))
            {
                throw ApiProblem.Validation($"Deal stage \"{stage}\" needs metadata.probability, the chance of winning from 0.0 to 1.0.");
            }

            if (!double.TryParse(probability, NumberStyles.Float, CultureInfo.InvariantCulture, out var chance) || chance is < 0 or > 1)
            {
                throw ApiProblem.Validation($"metadata.probability of deal stage \"{stage}\" must be a number from 0.0 to 1.0, but was \"{probability}\".");
            }
        }

        if (metadata.TryGetValue("isClosed", out var closed) && closed is not ("true" or "false"))
        {
            throw ApiProblem.Validation($"metadata.isClosed of stage \"{stage}\" must be \"true\" or \"false\", but was \"{closed}\".");
        }

        if (metadata.TryGetValue("ticketState", out var state) && state is not ("OPEN" or "CLOSED"))
        {
            throw ApiProblem.Validation($"metadata.ticketState of stage \"{stage}\" must be \"OPEN\" or \"CLOSED\", but was \"{state}\".");
        }

        return metadata;
    }

    private static string MetadataHint(ObjectTypeDefinition type) => type.Name switch
    {
        "deals" => " (for deals {\"probability\":\"0.5\"}, optionally \"isClosed\")",
        "tickets" => " (for tickets {\"ticketState\":\"OPEN\"} or CLOSED)",
        _ => "",
    };

    private static string RequiredLabel(JsonElement body, string what) =>
        OptionalLabel(body, what) ?? throw ApiProblem.Validation($"A {what} needs a \"label\".");

    private static string? OptionalLabel(JsonElement body, string what) => body.Member("label") switch
    {
        { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } text when text.GetString()!.Trim().Length > 0 => text.GetString()!.Trim(),
        var other => throw ApiProblem.Validation($"The {what}'s \"label\" must be non-empty text, but was {other.GetRawText()}."),
    };

    private static int? DisplayOrder(JsonElement body, string name) => body.Member(name) switch
    {
        { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var order) => order,
        var other => throw ApiProblem.Validation($"\"{name}\" must be a whole number, but was {other.GetRawText()}."),
    };

    private static bool? Flag(JsonElement body, string name) => body.Member(name) switch
    {
        { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        var other => throw ApiProblem.Validation($"\"{name}\" must be true or false, but was {other.GetRawText()}."),
    };
}
