using System.Text.Json;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools.Results;
using Spoke.Agents.Tools.Schemas;
using Spoke.Associations;

namespace Spoke.Agents.Tools;

/// <summary><c>manage_hubspot_associations</c>: list, create and remove associations between records (v4), with dry runs.</summary>
internal sealed class ManageAssociationsTool : HubSpotTool
{
    public const string ToolName = "manage_hubspot_associations";

    private static readonly IReadOnlyList<string> Actions = ["list", "create", "remove"];

    private static readonly List<string> Categories = ["USER_DEFINED", "HUBSPOT_DEFINED", "INTEGRATOR_DEFINED"];

    public ManageAssociationsTool(ToolServices services)
        : base(services)
    {
    }

    public override string Name => ToolName;

    public override string Title => "Manage HubSpot associations";

    public override string Description =>
        "List, create or remove associations between two HubSpot records of any object types. "
        + $"list: fromObjectType, fromId, toObjectType; returns every associated record with its association types (read {HubSpotLimits.MaxAssociationsPageSize} per HubSpot call). "
        + "create: also toId, and optionally a label already used on this record's associations, or associationTypeId (with associationCategory, default USER_DEFINED); "
        + "leave both out for the default association. remove: also toId; removes every association between the two records. "
        + "create and remove accept dryRun: true to see the current associations without changing them.";

    public override bool IsReadOnly => false;

    public override bool IsDestructive => true;

    public override async Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        call.Action = call.Arguments.RequiredChoice("action", Actions);
        var fromType = ResolveObjectType(call, "fromObjectType");
        var fromId = call.Arguments.RequiredString("fromId", "the id of the record the associations start from.");
        var toType = ResolveObjectType(call, "toObjectType");
        call.RecordIds.Add(fromId);
        if (call.Action == "list")
        {
            call.Authorize(fromType, RecordOperation.Read);
            call.Authorize(toType, RecordOperation.Read);
            var associated = await Services.Backend.ListAssociationsAsync(fromType, fromId, toType, cancellationToken).ConfigureAwait(false);
            return ListResult(associated);
        }

        var toId = call.Arguments.RequiredString("toId", "the id of the other record.");
        call.RecordIds.Add(toId);
        call.IsDryRun = call.Arguments.OptionalBool("dryRun");
        call.Authorize(fromType, RecordOperation.Write);
        call.Authorize(toType, RecordOperation.Write);
        var spec = await ResolveSpecAsync(call, fromType, fromId, toType, cancellationToken).ConfigureAwait(false);
        if (call.IsDryRun)
        {
            var existing = await Services.Backend.ListAssociationsAsync(fromType, fromId, toType, cancellationToken).ConfigureAwait(false);
            return ResultJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("dryRun", true);
                WriteTypes(writer, "current", existing.FirstOrDefault(record => record.ToObjectId == toId)?.Types ?? []);
                writer.WriteString("proposed", call.Action == "create"
                    ? $"associate with {(spec is { } chosen ? chosen.ToString() : "the default association type")}"
                    : "remove every association between the two records");
                writer.WriteEndObject();
            });
        }

        if (call.Action == "create")
        {
            await Services.Backend.CreateAssociationAsync(fromType, fromId, toType, toId, spec, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Services.Backend.RemoveAssociationAsync(fromType, fromId, toType, toId, cancellationToken).ConfigureAwait(false);
        }

        return ResultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(call.Action == "create" ? "associated" : "removed", $"{fromType.Name}/{fromId} -> {toType.Name}/{toId}");
            if (spec is { } chosen)
            {
                writer.WriteString("type", chosen.ToString());
            }

            writer.WriteEndObject();
        });
    }

    protected override IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer)
    {
        SchemaWriter.String(writer, "action", "What to do.", Actions);
        SchemaWriter.String(writer, "fromObjectType", "The first record's object type: " + ObjectTypeHint);
        SchemaWriter.String(writer, "fromId", "The first record's id.");
        SchemaWriter.String(writer, "toObjectType", "The other record's object type.");
        SchemaWriter.String(writer, "toId", "The other record's id (create, remove).");
        SchemaWriter.Integer(writer, "associationTypeId", "For create: a specific association type id (list shows the ids in use).", 1, int.MaxValue);
        SchemaWriter.String(writer, "associationCategory", "The category of associationTypeId.", Categories);
        SchemaWriter.String(writer, "label", "For create: an association label such as \"Decision maker\", as shown by list.");
        SchemaWriter.Boolean(writer, "dryRun", "For create and remove: show the current associations without changing anything.");
        return ["action", "fromObjectType", "fromId", "toObjectType"];
    }

    private async Task<AssociationSpec?> ResolveSpecAsync(ToolCall call, CrmObjectType fromType, string fromId, CrmObjectType toType, CancellationToken cancellationToken)
    {
        var label = call.Arguments.OptionalString("label");
        var hasTypeId = call.Arguments.Has("associationTypeId");
        if (call.Action == "remove" && (label is not null || hasTypeId))
        {
            throw ToolCallException.Invalid("remove deletes every association between the two records; leave out label and associationTypeId, then create the ones to keep.");
        }

        if (hasTypeId)
        {
            var category = call.Arguments.Has("associationCategory") ? call.Arguments.RequiredChoice("associationCategory", Categories) : Categories[0];
            return new AssociationSpec(Categories.IndexOf(category) switch
            {
                0 => AssociationCategory.UserDefined,
                1 => AssociationCategory.HubSpotDefined,
                _ => AssociationCategory.IntegratorDefined,
            }, call.Arguments.OptionalInt("associationTypeId", 0, 1, int.MaxValue));
        }

        if (label is null)
        {
            return null;
        }

        // HubSpot lists label definitions per object pair only through an endpoint the runtime does not wrap; the labels
        // this record already uses towards the other type are what a model has seen through list.
        var associated = await Services.Backend.ListAssociationsAsync(fromType, fromId, toType, cancellationToken).ConfigureAwait(false);
        var labels = associated.SelectMany(record => record.Types).Where(type => type.Label is not null).DistinctBy(type => type.Spec).ToList();
        return labels.FirstOrDefault(type => string.Equals(type.Label, label, StringComparison.OrdinalIgnoreCase))?.Spec
            ?? throw ToolCallException.Invalid(
                $"No {fromType.Name} -> {toType.Name} association of {fromType.Name} {fromId} uses the label '{label}'. "
                + (labels.Count == 0 ? "It uses no labels yet" : "Labels in use: " + string.Join("; ", labels.Select(type => $"\"{type.Label}\" ({type.Spec})")))
                + ". Pass associationTypeId (and associationCategory) for another label, or leave both out for the default association.");
    }

    private static string ListResult(IReadOnlyList<AssociatedRecord> associated) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        foreach (var record in associated)
        {
            writer.WriteStartObject();
            writer.WriteString("toObjectId", record.ToObjectId);
            WriteTypes(writer, "types", record.Types);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteTypes(Utf8JsonWriter writer, string name, IReadOnlyList<AssociationTypeLabel> types)
    {
        writer.WriteStartArray(name);
        foreach (var type in types)
        {
            writer.WriteStartObject();
            writer.WriteString("type", type.Spec.ToString());
            writer.WriteNumber("typeId", type.Spec.TypeId);
            if (type.Label is not null)
            {
                writer.WriteString("label", type.Label);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
