using System.Runtime.ExceptionServices;
using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Policy;
using Spoke.Agents.Text;
using Spoke.Agents.Tools.Arguments;
using Spoke.Agents.Tools.Results;
using Spoke.Agents.Tools.Schemas;

namespace Spoke.Agents.Tools;

/// <summary><c>manage_hubspot_records</c>: get, create, update, upsert and delete records of any object type, with dry runs.</summary>
internal sealed class ManageRecordsTool : HubSpotTool
{
    public const string ToolName = "manage_hubspot_records";

    private static readonly IReadOnlyList<string> Actions = ["get", "create", "update", "upsert", "delete"];

    public ManageRecordsTool(ToolServices services)
        : base(services)
    {
    }

    public override string Name => ToolName;

    public override string Title => "Manage HubSpot records";

    public override string Description =>
        "Get, create, update, upsert or delete (archive) HubSpot records of any object type. get: id, or ids (up to "
        + $"{HubSpotLimits.MaxBatchSize}; missing ones under notFound), with idProperty for unique values. create: properties, "
        + $"optional associations. update: id, properties. upsert: idProperty (unique, e.g. email) and records, at most {HubSpotLimits.MaxBatchSize} per call. "
        + "delete: id. Writes accept dryRun: true (current and proposed values, nothing written). Records carry a url. Property "
        + "names and enumeration options: get_hubspot_schema; HubSpot refuses an invalid option and the error names the valid ones.";

    public override bool IsReadOnly => false;

    public override bool IsDestructive => true;

    public override Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        call.Action = call.Arguments.RequiredChoice("action", Actions);
        var objectType = ResolveObjectType(call, "objectType");
        call.IsDryRun = call.Action != "get" && call.Arguments.OptionalBool("dryRun");
        return call.Action switch
        {
            "get" => GetAsync(call, objectType, cancellationToken),
            "create" => CreateAsync(call, objectType, cancellationToken),
            "update" => UpdateAsync(call, objectType, cancellationToken),
            "upsert" => UpsertAsync(call, objectType, cancellationToken),
            _ => DeleteAsync(call, objectType, cancellationToken),
        };
    }

    protected override IReadOnlyList<ActionArguments> ActionRequirements { get; } =
    [
        new("get", "id|ids"),
        new("create", "properties"),
        new("update", "id", "properties"),
        new("upsert", "idProperty", "records"),
        new("delete", "id"),
    ];

    protected override string OutputSchemaJson { get; } =
        """{"type":"object","properties":{"id":{"type":"string"},"properties":{"$ref":"#/$defs/values"},"createdAt":{"type":"string"},"updatedAt":{"type":"string"},"archived":{"type":"boolean"},"results":{"type":"array","items":{"$ref":"#/$defs/record"}},"dryRun":{"type":"boolean"},"current":{"$ref":"#/$defs/values"},"proposed":{"$ref":"#/$defs/values"},"idProperty":{"type":"string"},"records":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"proposed":{"$ref":"#/$defs/values"}}}},"wouldArchive":{"$ref":"#/$defs/record"},"outcome":{"enum":["failed","partial"]},"error":{"type":"string"},"errors":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"message":{"type":"string"}}}}},""" + ResultSchemas.RecordDefinitions + "}";

    protected override IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer)
    {
        SchemaWriter.String(writer, "action", "What to do.", Actions);
        SchemaWriter.String(writer, "objectType", "Object type: " + ObjectTypeHint);
        SchemaWriter.String(writer, "id", "The record id, or the idProperty value when idProperty is set.");
        SchemaWriter.StringArray(writer, "ids", $"For get: up to {HubSpotLimits.MaxBatchSize} ids (or idProperty values), instead of id.", HubSpotLimits.MaxBatchSize);
        SchemaWriter.String(writer, "idProperty", "A unique property (such as email) that id holds a value of.");
        SchemaWriter.PropertyValues(
            writer,
            "properties",
            "Values to write by property name. Text, numbers or true/false; multi-select \"a;b\" (\";c\" adds c to the current values); "
            + "null or \"\" clears; dates \"2026-12-01\", datetimes ISO 8601, or either as epoch milliseconds.");
        SchemaWriter.StringArray(writer, "propertiesToReturn", "For get: property names to return; leave out for HubSpot's defaults.");
        SchemaWriter.Boolean(writer, "archived", "For get: look among archived (deleted) records.");
        WriteRecordsSchema(writer);
        WriteAssociationsSchema(writer);
        SchemaWriter.Boolean(writer, "dryRun", "For writes: show the current and proposed values without writing.");
        return ["action", "objectType"];
    }

    private async Task<string> GetAsync(ToolCall call, CrmObjectType objectType, CancellationToken cancellationToken)
    {
        if (call.Arguments.Has("ids"))
        {
            return await RecordBatchGet.RunAsync(call, objectType, cancellationToken).ConfigureAwait(false);
        }

        var id = call.Arguments.RequiredString("id", $"the record id to get (or 'ids', up to {HubSpotLimits.MaxBatchSize} of them).");
        call.RecordIds.Add(id);
        var idProperty = call.Arguments.OptionalString("idProperty");
        var propertiesToReturn = call.Arguments.StringList("propertiesToReturn");
        call.Authorize(objectType, RecordOperation.Read);
        call.AuthorizeReads(objectType, PropertyNames.At("idProperty", idProperty).Concat(PropertyNames.At("propertiesToReturn", propertiesToReturn)));
        var links = await Services.Account.LinksAsync(objectType, cancellationToken).ConfigureAwait(false);
        var record = await GetRecordAsync(objectType, id, idProperty, propertiesToReturn, call.Arguments.OptionalBool("archived"), cancellationToken).ConfigureAwait(false);
        call.RecordIds[0] = record.Id;
        return ResultJson.Write(writer => ResultJson.WriteRecord(writer, record, links));
    }

    private async Task<string> CreateAsync(ToolCall call, CrmObjectType objectType, CancellationToken cancellationToken)
    {
        var properties = RequiredProperties(call);
        var associations = ReadAssociations(call);
        call.Authorize(objectType, RecordOperation.Write, [.. properties.Keys]);
        foreach (var association in associations)
        {
            call.Authorize(association.ToType, RecordOperation.Write);
        }

        call.Changes.AddRange(properties.Select(pair => new PropertyChange(null, pair.Key, null, pair.Value)));
        if (call.IsDryRun)
        {
            await DryRunOptionCheck.CheckAsync(Services, objectType, properties, cancellationToken).ConfigureAwait(false);
            return DryRunResult(writer => ResultJson.WriteProperties(writer, "proposed", properties));
        }

        await call.ConfirmWritesAsync(cancellationToken).ConfigureAwait(false);
        var links = await Services.Account.LinksAsync(objectType, cancellationToken).ConfigureAwait(false);
        var record = await Services.HubSpot.CreateAsync(objectType, new CrmObjectInput(properties), associations: null, cancellationToken).ConfigureAwait(false);
        call.RecordIds.Add(record.Id);
        var failures = new List<RecordFailure>();
        foreach (var association in associations)
        {
            try
            {
                await Services.HubSpot.Associations.CreateDefaultAsync(objectType, record.Id, association.ToType, association.ToId, cancellationToken).ConfigureAwait(false);
            }
            catch (HubSpotException exception)
            {
                failures.Add(new RecordFailure($"{association.ToType.Name}/{association.ToId}", HubSpotErrorAdvice.Summarize(exception)));
            }
        }

        if (failures.Count == 0)
        {
            return ResultJson.Write(writer => ResultJson.WriteRecord(writer, record, links));
        }

        // The record exists: saying "failed" would make the model create it again.
        call.Refused(
            somethingWritten: true,
            $"The {objectType.Name} record {record.Id} was created, but {failures.Count} of its {associations.Count} associations failed (under errors). "
            + $"Do not create it again: associate record {record.Id} with manage_hubspot_associations action create once the cause is fixed.",
            failures);
        return RefusedResult(call, [record]);
    }

    private async Task<string> UpdateAsync(ToolCall call, CrmObjectType objectType, CancellationToken cancellationToken)
    {
        var id = call.Arguments.RequiredString("id", "the id of the record to update.");
        var idProperty = call.Arguments.OptionalString("idProperty");
        var properties = RequiredProperties(call);
        call.RecordIds.Add(id);
        call.Authorize(objectType, RecordOperation.Write, [.. properties.Keys]);
        call.AuthorizeReads(objectType, PropertyNames.At("idProperty", idProperty));

        // Read first: the dry run shows current values, and the audit keeps old and new values of every update.
        var current = await GetRecordAsync(objectType, id, idProperty, [.. properties.Keys], archived: false, cancellationToken).ConfigureAwait(false);
        call.RecordIds[0] = current.Id;
        call.Changes.AddRange(properties.Select(pair => new PropertyChange(current.Id, pair.Key, current.Properties.GetValueOrDefault(pair.Key), pair.Value)));
        if (call.IsDryRun)
        {
            await DryRunOptionCheck.CheckAsync(Services, objectType, properties, cancellationToken).ConfigureAwait(false);
            return DryRunResult(writer =>
            {
                writer.WriteString("id", current.Id);
                ResultJson.WriteProperties(writer, "current", properties.Keys.ToDictionary(name => name, name => current.Properties.GetValueOrDefault(name)));
                ResultJson.WriteProperties(writer, "proposed", properties);
            });
        }

        await call.ConfirmWritesAsync(cancellationToken).ConfigureAwait(false);
        var links = await Services.Account.LinksAsync(objectType, cancellationToken).ConfigureAwait(false);
        var record = await Services.HubSpot.UpdateAsync(objectType, current.Id, new CrmObjectInput(properties), cancellationToken).ConfigureAwait(false);
        return ResultJson.Write(writer => ResultJson.WriteRecord(writer, record, links));
    }

    private async Task<string> UpsertAsync(ToolCall call, CrmObjectType objectType, CancellationToken cancellationToken)
    {
        var idProperty = call.Arguments.RequiredString("idProperty", "the unique property (such as email) that each record's id holds a value of.");
        PropertyNames.CheckWritten(idProperty, "idProperty");
        var inputs = ReadUpsertInputs(call);

        // The id value is written to idProperty on every record the upsert creates, so it needs write access too.
        call.Authorize(objectType, RecordOperation.Write, [.. inputs.SelectMany(input => input.Properties.Keys).Append(idProperty).Distinct(StringComparer.Ordinal)]);
        call.RecordIds.AddRange(inputs.Select(input => input.Id));
        call.Changes.AddRange(inputs.SelectMany(input => input.Properties.Select(pair => new PropertyChange(input.Id, pair.Key, null, pair.Value))));
        if (call.IsDryRun)
        {
            await DryRunOptionCheck.CheckAsync(Services, objectType, inputs.SelectMany(input => input.Properties), cancellationToken).ConfigureAwait(false);
            return DryRunResult(writer =>
            {
                writer.WriteString("idProperty", idProperty);
                writer.WriteStartArray("records");
                foreach (var input in inputs)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", input.Id);
                    ResultJson.WriteProperties(writer, "proposed", input.Properties);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
        }

        await call.ConfirmWritesAsync(cancellationToken).ConfigureAwait(false);
        var links = await Services.Account.LinksAsync(objectType, cancellationToken).ConfigureAwait(false);
        var result = await Services.HubSpot.BatchUpsertAsync(
            objectType,
            idProperty,
            inputs.Select(input => new CrmObjectInput(input.Properties.Append(new(idProperty, input.Id)))),
            options: null,
            cancellationToken).ConfigureAwait(false);
        var written = result.Records.ToList();
        var failures = result.Failures.ToList();
        call.RecordIds.AddRange(written.Select(record => record.Id));
        if (failures.Count == 0)
        {
            return ResultJson.Write(writer =>
            {
                writer.WriteStartObject();
                WriteRecords(writer, written, links);
                writer.WriteEndObject();
            });
        }

        // HubSpot refused the request as a whole (a 429, a 5xx, a timeout), not the records: the model gets the same advice
        // as for any other call, including whether the upsert may have been applied.
        if (written.Count == 0 && failures.Select(failure => failure.Error!.Exception).Distinct().ToList() is [HubSpotException refusal])
        {
            ExceptionDispatchInfo.Throw(refusal);
        }

        call.Refused(
            somethingWritten: written.Count > 0,
            written.Count == 0
                ? $"HubSpot rejected all {inputs.Count} records, so nothing was written. Fix each record named under errors (get_hubspot_schema lists valid values) and upsert them again."
                : $"HubSpot wrote {written.Count} of {inputs.Count} records (under results) and rejected {failures.Count} (under errors). Fix the rejected ones and upsert only them again.",
            failures.Select(failure => new RecordFailure(inputs[failure.Index].Id, failure.Error!.ToString())));
        return RefusedResult(call, written);
    }

    /// <summary><c>{"outcome": "failed" | "partial", "error", "results", "errors": [{id, message}]}</c>.</summary>
    private static string RefusedResult(ToolCall call, IReadOnlyList<CrmObject> written) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("outcome", call.Outcome == AuditOutcome.Partial ? "partial" : "failed");
        writer.WriteString("error", call.Error);
        WriteRecords(writer, written);
        writer.WriteStartArray("errors");
        foreach (var failure in call.Failures)
        {
            writer.WriteStartObject();
            writer.WriteString("id", failure.RecordId);
            writer.WriteString("message", failure.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteRecords(Utf8JsonWriter writer, IReadOnlyList<CrmObject> records, RecordLinks links = default)
    {
        writer.WriteStartArray("results");
        foreach (var record in records)
        {
            ResultJson.WriteRecord(writer, record, links);
        }

        writer.WriteEndArray();
    }

    private async Task<string> DeleteAsync(ToolCall call, CrmObjectType objectType, CancellationToken cancellationToken)
    {
        var id = call.Arguments.RequiredString("id", "the id of the record to delete.");
        call.RecordIds.Add(id);
        call.Authorize(objectType, RecordOperation.Delete);
        if (call.IsDryRun)
        {
            var current = await Services.HubSpot.GetAsync(objectType, id, properties: null, archived: false, cancellationToken).ConfigureAwait(false);
            return DryRunResult(writer =>
            {
                writer.WritePropertyName("wouldArchive");
                ResultJson.WriteRecord(writer, current);
            });
        }

        await call.ConfirmWritesAsync(cancellationToken).ConfigureAwait(false);
        await Services.HubSpot.ArchiveAsync(objectType, id, cancellationToken).ConfigureAwait(false);
        return ResultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteBoolean("archived", true);
            writer.WriteEndObject();
        });
    }

    private static IReadOnlyDictionary<string, string?> RequiredProperties(ToolCall call)
    {
        var properties = call.Arguments.PropertyValues("properties");
        if (properties.Count == 0)
        {
            throw ToolCallException.Invalid($"'properties' is required for {call.Action}: an object such as {{\"firstname\": \"Ada\"}}. Call get_hubspot_schema for valid names.");
        }

        CheckValueLengths(properties, "properties");
        return properties;
    }

    private static void CheckValueLengths(IReadOnlyDictionary<string, string?> properties, string path)
    {
        var tooLong = properties.FirstOrDefault(pair => pair.Value is { Length: > HubSpotLimits.MaxPropertyValueLength });
        if (tooLong.Key is not null)
        {
            throw ToolCallException.Invalid($"'{path}' {UntrustedText.Quote(tooLong.Key)} has {tooLong.Value!.Length} characters; HubSpot stores at most {HubSpotLimits.MaxPropertyValueLength}.");
        }
    }

    private static List<UpsertInput> ReadUpsertInputs(ToolCall call)
    {
        if (call.Arguments.Element("records") is not { ValueKind: JsonValueKind.Array } records || records.GetArrayLength() == 0)
        {
            throw ToolCallException.Invalid("'records' is required for upsert: [{\"id\": \"<idProperty value>\", \"properties\": {...}}].");
        }

        if (records.GetArrayLength() > HubSpotLimits.MaxBatchSize)
        {
            throw ToolCallException.Invalid($"'records' has {records.GetArrayLength()} items; HubSpot upserts at most {HubSpotLimits.MaxBatchSize} per call. Split them into several calls.");
        }

        var inputs = new List<UpsertInput>();
        var index = 0;
        foreach (var record in records.EnumerateArray())
        {
            var path = $"records[{index++}]";
            var arguments = new ToolArguments(record);
            var id = arguments.RequiredString("id", $"each record needs the idProperty value in '{path}.id'.");
            var properties = arguments.PropertyValues("properties");
            CheckValueLengths(properties, $"{path}.properties");
            inputs.Add(new UpsertInput(id, properties));
        }

        var duplicate = inputs.GroupBy(input => input.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null
            ? inputs
            : throw ToolCallException.Invalid($"'records' has id {UntrustedText.Quote(duplicate.Key)} more than once; HubSpot rejects duplicate ids in one upsert. Merge them.");
    }

    private List<NewAssociation> ReadAssociations(ToolCall call)
    {
        if (call.Arguments.Element("associations") is not { } associations)
        {
            return [];
        }

        if (associations.ValueKind != JsonValueKind.Array)
        {
            throw ToolCallException.Invalid("'associations' must be an array of {\"toObjectType\", \"toId\"}.");
        }

        return
        [
            .. associations.EnumerateArray().Select(item =>
            {
                var arguments = new ToolArguments(item);
                var toType = ObjectTypeArgument.Resolve(Services.Catalog.ObjectTypeResolver, arguments.RequiredString("toObjectType", "the type of the record to associate."), "associations[].toObjectType");
                return new NewAssociation(toType, arguments.RequiredString("toId", "the id of the record to associate."));
            }),
        ];
    }

    private static string DryRunResult(Action<Utf8JsonWriter> writeBody) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("dryRun", true);
        writeBody(writer);
        writer.WriteEndObject();
    });

    private static void WriteRecordsSchema(Utf8JsonWriter writer) =>
        SchemaWriter.ObjectArray(
            writer,
            "records",
            "For upsert: the records, each with its idProperty value as id.",
            HubSpotLimits.MaxBatchSize,
            record =>
            {
                SchemaWriter.String(record, "id", "The idProperty value.");
                SchemaWriter.PropertyValues(record, "properties", "Values to write, as in properties.");
            },
            "id",
            "properties");

    private static void WriteAssociationsSchema(Utf8JsonWriter writer) =>
        SchemaWriter.ObjectArray(
            writer,
            "associations",
            "For create: records to associate the new one with (default association type).",
            maxItems: null,
            association =>
            {
                SchemaWriter.String(association, "toObjectType", "Its object type.");
                SchemaWriter.String(association, "toId", "Its id.");
            },
            "toObjectType",
            "toId");

    /// <summary>A record id may be a unique property's value: then the record is looked up by that property.</summary>
    private Task<CrmObject> GetRecordAsync(CrmObjectType objectType, string id, string? idProperty, IReadOnlyList<string> properties, bool archived, CancellationToken cancellationToken) =>
        idProperty is null
            ? Services.HubSpot.GetAsync(objectType, id, properties, archived, cancellationToken)
            : Services.HubSpot.GetByUniquePropertyAsync(objectType, idProperty, id, properties, cancellationToken);

    private sealed record NewAssociation(CrmObjectType ToType, string ToId);

    /// <summary>One record of an upsert: the value of the id property and the properties to set.</summary>
    private sealed record UpsertInput(string Id, IReadOnlyDictionary<string, string?> Properties);
}
