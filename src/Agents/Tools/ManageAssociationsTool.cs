using System.Text.Json;
using Spoke.Agents.Backend;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools.Results;
using Spoke.Agents.Tools.Schemas;

namespace Spoke.Agents.Tools;

/// <summary><c>manage_hubspot_associations</c>: list, create and remove associations between records (v4), with dry runs.</summary>
internal sealed class ManageAssociationsTool : HubSpotTool
{
    public const string ToolName = "manage_hubspot_associations";

    private static readonly IReadOnlyList<string> Actions = ["list", "create", "remove"];

    public ManageAssociationsTool(ToolServices services)
        : base(services)
    {
    }

    public override string Name => ToolName;

    public override string Title => "Manage HubSpot associations";

    public override string Description =>
        "List, create or remove associations between two HubSpot records of any object types. "
        + $"list: fromObjectType, fromId, toObjectType (up to {HubSpotLimits.MaxAssociationsPageSize} per page; page with after). "
        + "create: also toId, and optionally associationTypeId or label (leave both out for the default association). "
        + "remove: also toId; with associationTypeId or label only that label is removed, otherwise every association between the two records. "
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
            var page = await Services.Backend.ListAssociationsAsync(fromType, fromId, toType, call.Arguments.OptionalString("after"), cancellationToken).ConfigureAwait(false);
            return ListResult(page);
        }

        var toId = call.Arguments.RequiredString("toId", "the id of the other record.");
        call.RecordIds.Add(toId);
        call.IsDryRun = call.Arguments.OptionalBool("dryRun");
        call.Authorize(fromType, RecordOperation.Write);
        call.Authorize(toType, RecordOperation.Write);
        var type = await ResolveTypeAsync(call, fromType, toType, cancellationToken).ConfigureAwait(false);
        if (call.IsDryRun)
        {
            var current = await CurrentTypesAsync(fromType, fromId, toType, toId, cancellationToken).ConfigureAwait(false);
            return ResultJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("dryRun", true);
                WriteTypes(writer, "current", current);
                writer.WriteString("proposed", call.Action == "create"
                    ? $"associate with {(type is null ? "the default association type" : Describe(type))}"
                    : $"remove {(type is null ? "every association between the two records" : Describe(type))}");
                writer.WriteEndObject();
            });
        }

        if (call.Action == "create")
        {
            await Services.Backend.CreateAssociationAsync(fromType, fromId, toType, toId, type, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Services.Backend.RemoveAssociationAsync(fromType, fromId, toType, toId, type, cancellationToken).ConfigureAwait(false);
        }

        return ResultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(call.Action == "create" ? "associated" : "removed", $"{fromType}/{fromId} -> {toType}/{toId}");
            if (type is not null)
            {
                writer.WriteString("type", Describe(type));
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
        SchemaWriter.Integer(writer, "associationTypeId", "A specific association type id (see list results for the ids in use).", 1, int.MaxValue);
        SchemaWriter.String(writer, "label", "An association label such as \"Decision maker\", instead of associationTypeId.");
        SchemaWriter.String(writer, "after", "For list: the nextAfter value of the previous page.");
        SchemaWriter.Boolean(writer, "dryRun", "For create and remove: show the current associations without changing anything.");
        return ["action", "fromObjectType", "fromId", "toObjectType"];
    }

    private async Task<AssociationType?> ResolveTypeAsync(ToolCall call, string fromType, string toType, CancellationToken cancellationToken)
    {
        var label = call.Arguments.OptionalString("label");
        var hasTypeId = call.Arguments.Has("associationTypeId");
        if (label is null && !hasTypeId)
        {
            return null;
        }

        var typeId = hasTypeId ? call.Arguments.OptionalInt("associationTypeId", 0, 1, int.MaxValue) : (int?)null;
        var known = await Services.Backend.GetAssociationLabelsAsync(fromType, toType, cancellationToken).ConfigureAwait(false);
        var match = known.FirstOrDefault(type =>
            (typeId is null || type.TypeId == typeId) && (label is null || string.Equals(type.Label, label, StringComparison.OrdinalIgnoreCase)));
        if (match is not null)
        {
            return match;
        }

        var options = known.Count == 0 ? "none are defined" : string.Join("; ", known.Select(Describe));
        throw ToolCallException.Invalid($"No {fromType} -> {toType} association type matches {(label is null ? $"associationTypeId {typeId}" : $"label '{label}'")}. Valid types: {options}. Leave both out for the default association.");
    }

    private async Task<IReadOnlyList<AssociationType>> CurrentTypesAsync(string fromType, string fromId, string toType, string toId, CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var page = await Services.Backend.ListAssociationsAsync(fromType, fromId, toType, after, cancellationToken).ConfigureAwait(false);
            var match = page.Results.FirstOrDefault(result => result.ToObjectId == toId);
            if (match is not null)
            {
                return match.Types;
            }

            after = page.NextAfter;
        }
        while (after is not null);
        return [];
    }

    private static string ListResult(AssociationPage page) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        foreach (var associated in page.Results)
        {
            writer.WriteStartObject();
            writer.WriteString("toObjectId", associated.ToObjectId);
            WriteTypes(writer, "types", associated.Types);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (page.NextAfter is not null)
        {
            writer.WriteString("nextAfter", page.NextAfter);
        }

        writer.WriteEndObject();
    });

    private static void WriteTypes(Utf8JsonWriter writer, string name, IReadOnlyList<AssociationType> types)
    {
        writer.WriteStartArray(name);
        foreach (var type in types)
        {
            writer.WriteStartObject();
            writer.WriteString("category", type.Category);
            writer.WriteNumber("typeId", type.TypeId);
            if (type.Label is not null)
            {
                writer.WriteString("label", type.Label);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Describe(AssociationType type) =>
        type.Label is null ? $"{type.Category} {type.TypeId}" : $"{type.Category} {type.TypeId} \"{type.Label}\"";
}
