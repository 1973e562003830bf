using System.Text.Json;
using Spoke.Agents.Policy;
using Spoke.Agents.Text;
using Spoke.Agents.Tools.Schemas;
using Spoke.Associations;

namespace Spoke.Agents.Tools;

/// <summary>
/// <c>manage_hubspot_associations</c>: list a record's associations a page at a time, list the labels defined between two
/// object types, and create or remove associations (one label or all) between records (v4), with dry runs.
/// </summary>
internal sealed class ManageAssociationsTool : HubSpotTool
{
    public const string ToolName = "manage_hubspot_associations";

    /// <summary>Associated records per <c>list</c> call when the model does not say.</summary>
    public const int DefaultListLimit = 100;

    private static readonly IReadOnlyList<string> Actions = ["list", "labels", "create", "remove"];

    public ManageAssociationsTool(ToolServices services)
        : base(services)
    {
    }

    public override string Name => ToolName;

    public override string Title => "Manage HubSpot associations";

    public override string Description =>
        "List, create or remove associations between two HubSpot records, and list the association labels between two object types. "
        + "labels: the association types from the first object type to the second (typeId, label; the default has none). "
        + $"list: a record's associated records with their types, {DefaultListLimit} per call (limit up to {HubSpotLimits.MaxAssociationsPageSize}); pass the returned after for the next page. "
        + "create: label (one that labels lists) or associationTypeId, or neither for the default association. "
        + "remove: with label or associationTypeId only that type goes (the records stay associated); without them it removes EVERY association between the two records. "
        + "create and remove accept dryRun: true, which shows the current associations and changes nothing.";

    public override bool IsReadOnly => false;

    public override bool IsDestructive => true;

    public override async Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        call.Action = call.Arguments.RequiredChoice("action", Actions);
        var fromType = ResolveObjectType(call, "fromObjectType");
        var toType = ResolveObjectType(call, "toObjectType");
        if (call.Action == "labels")
        {
            call.Authorize(fromType, RecordOperation.Read);
            call.Authorize(toType, RecordOperation.Read);
            var types = await Services.HubSpot.Associations.GetLabelsAsync(fromType, toType, cancellationToken).ConfigureAwait(false);
            return AssociationToolResults.Labels(fromType, toType, types);
        }

        var fromId = call.Arguments.RequiredString("fromId", "the id of the record the associations start from.");
        call.RecordIds.Add(fromId);
        if (call.Action == "list")
        {
            var limit = call.Arguments.OptionalInt("limit", DefaultListLimit, 1, HubSpotLimits.MaxAssociationsPageSize);
            var after = call.Arguments.OptionalString("after");
            call.Authorize(fromType, RecordOperation.Read);
            call.Authorize(toType, RecordOperation.Read);
            var page = await Services.HubSpot.Associations.ListAsync(fromType, fromId, toType, cancellationToken)
                .AsPages(after, limit)
                .FirstAsync(cancellationToken)
                .ConfigureAwait(false);
            return AssociationToolResults.Page(page);
        }

        var toId = call.Arguments.RequiredString("toId", "the id of the other record.");
        call.RecordIds.Add(toId);
        call.IsDryRun = call.Arguments.OptionalBool("dryRun");
        call.Authorize(fromType, RecordOperation.Write);
        call.Authorize(toType, RecordOperation.Write);
        var spec = await ResolveSpecAsync(call, fromType, toType, cancellationToken).ConfigureAwait(false);
        var pair = $"{fromType.Name}/{fromId} -> {toType.Name}/{toId}";
        if (call.IsDryRun)
        {
            var existing = await Services.HubSpot.Associations.ListAsync(fromType, fromId, toType, cancellationToken)
                .FirstOrDefaultAsync(record => record.ToObjectId == toId, cancellationToken)
                .ConfigureAwait(false);
            return AssociationToolResults.DryRun(existing?.Types ?? [], Proposal(call.Action, spec));
        }

        await call.ConfirmWritesAsync(cancellationToken).ConfigureAwait(false);
        if (call.Action == "create")
        {
            await (spec is { } type
                ? Services.HubSpot.Associations.CreateAsync(fromType, fromId, toType, toId, type, cancellationToken)
                : Services.HubSpot.Associations.CreateDefaultAsync(fromType, fromId, toType, toId, cancellationToken)).ConfigureAwait(false);
            return AssociationToolResults.Done("associated", pair, spec);
        }

        await (spec is { } one
            ? Services.HubSpot.Associations.RemoveAsync(fromType, fromId, toType, toId, one, cancellationToken)
            : Services.HubSpot.Associations.RemoveAsync(fromType, fromId, toType, toId, cancellationToken)).ConfigureAwait(false);
        return AssociationToolResults.Done(spec is null ? "removed" : "removedLabel", pair, spec);
    }

    protected override IReadOnlyList<ActionArguments> ActionRequirements { get; } =
    [
        new("list", "fromId"),
        new("create", "fromId", "toId"),
        new("remove", "fromId", "toId"),
    ];

    protected override string OutputSchemaJson { get; } =
        """{"type":"object","properties":{"fromObjectType":{"type":"string"},"toObjectType":{"type":"string"},"types":{"$ref":"#/$defs/types"},"results":{"type":"array","items":{"type":"object","properties":{"toObjectId":{"type":"string"},"types":{"$ref":"#/$defs/types"}}}},"after":{"type":"string"},"dryRun":{"type":"boolean"},"current":{"$ref":"#/$defs/types"},"proposed":{"type":"string"},"associated":{"type":"string"},"removed":{"type":"string"},"removedLabel":{"type":"string"},"type":{"type":"string"}},"$defs":{"types":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string"},"typeId":{"type":"integer"},"label":{"type":"string"}},"required":["type","typeId"]}}}}""";

    protected override IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer)
    {
        SchemaWriter.String(writer, "action", "What to do.", Actions);
        SchemaWriter.String(writer, "fromObjectType", "The first record's object type: " + ObjectTypeHint);
        SchemaWriter.String(writer, "fromId", "The first record's id.");
        SchemaWriter.String(writer, "toObjectType", "The other record's object type.");
        SchemaWriter.String(writer, "toId", "The other record's id.");
        SchemaWriter.String(writer, "label", "An association label such as \"Decision maker\".");
        SchemaWriter.Integer(writer, "associationTypeId", "An association type id from labels or list.", 1, int.MaxValue);
        SchemaWriter.String(writer, "associationCategory", "The category of associationTypeId; looked up when left out.", AssociationToolResults.Categories);
        SchemaWriter.Integer(writer, "limit", $"For list: records per call (default {DefaultListLimit}).", 1, HubSpotLimits.MaxAssociationsPageSize);
        SchemaWriter.String(writer, "after", "For list: the after of the previous page.");
        SchemaWriter.Boolean(writer, "dryRun", "For create and remove: show the current associations, change nothing.");
        return ["action", "fromObjectType", "toObjectType"];
    }

    private static string Proposal(string action, AssociationSpec? spec) => (action, spec) switch
    {
        ("create", { } chosen) => $"associate with {chosen}",
        ("create", null) => "associate with the default association type",
        (_, { } chosen) => $"remove {chosen} only; the other association types between the two records stay",
        _ => "remove every association between the two records",
    };

    private async Task<AssociationSpec?> ResolveSpecAsync(ToolCall call, CrmObjectType fromType, CrmObjectType toType, CancellationToken cancellationToken)
    {
        var label = call.Arguments.OptionalString("label");
        var hasTypeId = call.Arguments.Has("associationTypeId");
        if (label is not null && hasTypeId)
        {
            throw ToolCallException.Invalid("Pass either label or associationTypeId, not both.");
        }

        if (hasTypeId)
        {
            var typeId = call.Arguments.OptionalInt("associationTypeId", 0, 1, int.MaxValue);
            if (call.Arguments.Has("associationCategory"))
            {
                return new AssociationSpec(AssociationToolResults.Category(call.Arguments.RequiredChoice("associationCategory", AssociationToolResults.Categories)), typeId);
            }

            var defined = await Services.HubSpot.Associations.GetLabelsAsync(fromType, toType, cancellationToken).ConfigureAwait(false);
            return defined.FirstOrDefault(type => type.Spec.TypeId == typeId)?.Spec
                ?? throw ToolCallException.Invalid(
                    $"{typeId} is not an association type from {fromType.Name} to {toType.Name}. {AssociationToolResults.Valid(defined)} "
                    + "Types have one id per direction: check fromObjectType and toObjectType.");
        }

        if (label is null)
        {
            return null;
        }

        try
        {
            return await Services.HubSpot.Associations.GetTypeByLabelAsync(fromType, toType, label, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            var defined = await Services.HubSpot.Associations.GetLabelsAsync(fromType, toType, cancellationToken).ConfigureAwait(false);
            throw ToolCallException.Invalid(
                $"No association label {UntrustedText.Quote(label)} from {fromType.Name} to {toType.Name}. {AssociationToolResults.Valid([.. defined.Where(type => type.Label is not null)])} "
                + "Use one of them, or leave out label for the default association.");
        }
    }
}
