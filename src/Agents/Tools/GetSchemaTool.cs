using System.Text.Json;
using Spoke.Agents.Catalog;
using Spoke.Agents.Policy;
using Spoke.Agents.Text;
using Spoke.Agents.Tools.Results;
using Spoke.Agents.Tools.Schemas;
using Spoke.Pipelines;
using Spoke.Schema;

namespace Spoke.Agents.Tools;

/// <summary>
/// <c>get_hubspot_schema</c>: the live account's properties of one object type, grouped, with types and options; and, for
/// objects with pipelines, the pipelines and their stages, so a model can move a record to a stage it knows by name.
/// </summary>
internal sealed class GetSchemaTool : HubSpotTool
{
    public const string ToolName = "get_hubspot_schema";

    public GetSchemaTool(ToolServices services)
        : base(services)
    {
    }

    public override string Name => ToolName;

    public override string Title => "Get HubSpot schema";

    public override string Description =>
        "The properties of a HubSpot object type as the live account defines them, by group: name, label, type, fieldType, "
        + "description, readOnly, and enumeration options (the other tools' schemas do not list them). Call it before writing "
        + "unfamiliar properties or filtering on enumerations; query or group narrows it. Objects with pipelines also get their "
        + "pipelines, stages and pipelineProperty/stageProperty: write a stage's id, not its label. "
        + $"Association labels: {ManageAssociationsTool.ToolName} action 'labels'.";

    public override bool IsReadOnly => true;

    public override bool IsDestructive => false;

    public override async Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        call.Action = "schema";
        var objectType = ResolveObjectType(call, "objectType");
        var group = call.Arguments.OptionalString("group");
        var query = call.Arguments.OptionalString("query");
        var pipeline = call.Arguments.OptionalString("pipeline");
        call.Authorize(objectType, RecordOperation.Read);
        if (pipeline is not null && group is null && query is null)
        {
            var chosen = SchemaQuery.Pipeline(objectType, await Services.Schemas.GetPipelinesAsync(objectType, cancellationToken).ConfigureAwait(false), pipeline);
            return ResultJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("objectType", objectType.Name);
                WritePipelines(writer, objectType, [chosen]);
                writer.WriteEndObject();
            });
        }

        var properties = (await Services.Schemas.GetAsync(objectType, cancellationToken).ConfigureAwait(false)).Properties;
        var pipelines = group is null && query is null ? await Services.Schemas.GetPipelinesAsync(objectType, cancellationToken).ConfigureAwait(false) : [];
        var groups = properties
            .Where(property => !property.Hidden && (group is null || string.Equals(property.GroupName, group, StringComparison.OrdinalIgnoreCase)))
            .Where(property => SchemaQuery.Matches(property, query))
            .GroupBy(property => property.GroupName, StringComparer.Ordinal)
            .OrderBy(grouping => grouping.Key, StringComparer.Ordinal)
            .ToList();
        if (group is not null && !properties.Any(property => string.Equals(property.GroupName, group, StringComparison.OrdinalIgnoreCase)))
        {
            var known = properties.Select(property => property.GroupName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            throw ToolCallException.Invalid($"'{objectType.Name}' has no property group {UntrustedText.Quote(group)}. Groups: {string.Join(", ", known)}.");
        }

        if (query is not null && groups.Count == 0)
        {
            throw ToolCallException.Invalid(
                $"No '{objectType.Name}' property{(group is null ? string.Empty : $" of group {UntrustedText.Quote(group)}")} has every word of {UntrustedText.Quote(query)} in its name, label, description or group. "
                + "Try fewer or other words, or leave out query for every property.");
        }

        return ResultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("objectType", objectType.Name);
            writer.WriteStartArray("groups");
            foreach (var grouping in groups)
            {
                writer.WriteStartObject();
                writer.WriteString("name", grouping.Key);
                writer.WriteStartArray("properties");
                foreach (var property in grouping)
                {
                    WriteProperty(writer, property);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (pipelines.Count > 0)
            {
                WritePipelines(writer, objectType, pipelines);
            }

            writer.WriteEndObject();
        });
    }

    protected override string OutputSchemaJson { get; } =
        """{"type":"object","properties":{"objectType":{"type":"string"},"groups":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"properties":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"label":{"type":"string"},"type":{"type":"string"},"fieldType":{"type":"string"},"description":{"type":"string"},"readOnly":{"type":"boolean"},"options":{"type":"array","items":{"type":"object","properties":{"value":{"type":"string"},"label":{"type":"string"}}}}}}}}}},"pipelineProperty":{"type":"string"},"stageProperty":{"type":"string"},"pipelines":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"label":{"type":"string"},"displayOrder":{"type":"number"},"stages":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"label":{"type":"string"},"displayOrder":{"type":"number"},"probability":{"type":"number"},"isClosed":{"type":"boolean"},"ticketState":{"type":"string"}}}}}}}},"required":["objectType"]}""";

    protected override IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer)
    {
        SchemaWriter.String(writer, "objectType", "Object type: " + ObjectTypeHint);
        SchemaWriter.String(writer, "group", "Only this group (e.g. contactinformation).");
        SchemaWriter.String(writer, "query", "Only properties with every word in name, label, description or group.");
        SchemaWriter.String(writer, "pipeline", "Only this pipeline (label or id) and its stages, without properties.");
        return ["objectType"];
    }

    private static void WritePipelines(Utf8JsonWriter writer, CrmObjectType objectType, IReadOnlyList<CrmPipeline> pipelines)
    {
        writer.WriteString("pipelineProperty", CrmPipeline.PipelinePropertyOf(objectType));
        writer.WriteString("stageProperty", CrmPipeline.StagePropertyOf(objectType));
        writer.WriteStartArray("pipelines");
        foreach (var pipeline in pipelines)
        {
            writer.WriteStartObject();
            writer.WriteString("id", pipeline.Id);
            writer.WriteString("label", pipeline.Label);
            writer.WriteNumber("displayOrder", pipeline.DisplayOrder);
            writer.WriteStartArray("stages");
            foreach (var stage in pipeline.Stages)
            {
                WriteStage(writer, stage);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStage(Utf8JsonWriter writer, CrmPipelineStage stage)
    {
        writer.WriteStartObject();
        writer.WriteString("id", stage.Id);
        writer.WriteString("label", stage.Label);
        writer.WriteNumber("displayOrder", stage.DisplayOrder);
        if (stage.Probability is { } probability)
        {
            writer.WriteNumber("probability", probability);
        }

        if (stage.IsClosed is { } closed)
        {
            writer.WriteBoolean("isClosed", closed);
        }

        if (stage.TicketState is { } state)
        {
            writer.WriteString("ticketState", state);
        }

        writer.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter writer, CrmProperty property)
    {
        writer.WriteStartObject();
        writer.WriteString("name", property.Name);
        writer.WriteString("label", property.Label);
        writer.WriteString("type", property.Type);
        writer.WriteString("fieldType", property.FieldType);
        if (property.Description is { Length: > 0 } description)
        {
            writer.WriteString("description", description);
        }

        if (property.IsReadOnly())
        {
            writer.WriteBoolean("readOnly", true);
        }

        var options = property.VisibleOptions().ToList();
        if (options.Count > 0)
        {
            writer.WriteStartArray("options");
            foreach (var option in options)
            {
                writer.WriteStartObject();
                writer.WriteString("value", option.Value);
                writer.WriteString("label", option.Label);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
