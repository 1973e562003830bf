using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;
using Spoke.Emulator.Writes;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>/crm/v3/objects/{objectType}/batch/*</c>: read, create, update, upsert and archive up to 100 records.</summary>
internal static class BatchEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var batch = routes.MapGroup("/crm/v3/objects/{objectType}/batch");
        batch.MapPost("/read", ReadAsync).Requires(ScopeRequirement.ObjectRead);
        batch.MapPost("/create", CreateAsync).Requires(ScopeRequirement.ObjectWrite);
        batch.MapPost("/update", UpdateAsync).Requires(ScopeRequirement.ObjectWrite);
        batch.MapPost("/upsert", UpsertAsync).Requires(ScopeRequirement.ObjectWrite);
        batch.MapPost("/archive", ArchiveAsync).Requires(ScopeRequirement.ObjectWrite);
    }

    private static async Task ReadAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var body = document.RootElement;
        var inputs = BatchInputs.Read(body);
        var idProperty = body.StringMember("idProperty");
        var archived = QueryValues.Flag(context.Request, "archived");
        var selection = PropertySelection.ForRead(type, body.StringList("properties"));
        var history = HistorySelection.For(state, type, body.StringList("propertiesWithHistory")) is { } asked ? new RecordExtras { History = asked } : null;
        if (history is not null)
        {
            HistorySelection.RequireAtMostMax(inputs.Count, "the number of inputs");
        }

        var startedAt = state.Database.Now;
        var (status, response) = state.Database.Read(() =>
        {
            var collection = state.Database.Collection(type);
            var found = new List<CrmRecord>();
            var missing = new List<string>();
            foreach (var input in inputs)
            {
                var id = input.IdMember("id") ?? throw ApiProblem.Validation("Each input of a batch read needs an \"id\".");
                var record = RecordLookup.Find(collection, id, idProperty);
                if (record is not null && record.IsArchived == archived)
                {
                    found.Add(record);
                }
                else
                {
                    missing.Add(id);
                }
            }

            var errors = missing.Count == 0
                ? []
                : new List<(ApiProblem, string?)>
                {
                    (new ApiProblem(404, ErrorCategories.ObjectNotFound,
                        $"Could not get some {type.Identity.SingularName.ToUpperInvariant()} objects, they may be deleted or not exist. Check that ids are valid.")
                    {
                        Context = new Dictionary<string, IReadOnlyList<string>> { ["ids"] = missing },
                    }, null),
                };
            var results = found.Select(r => (Action<Utf8JsonWriter>)(w => RecordJsonWriter.Write(w, r, selection, history))).ToList();
            return (errors.Count > 0 ? StatusCodes.Status207MultiStatus : StatusCodes.Status200OK, BatchResponse.Build(startedAt, state.Database.Now, results, errors));
        });
        await JsonResponse.SendAsync(context, status, response, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task CreateAsync(HttpContext context, EmulatorState state) =>
        RunAsync(context, state, StatusCodes.Status201Created, (type, write, input, claims) =>
        {
            var values = RecordInputValidator.Validate(type, write.Database, input.Member("properties"), null, claims, state.Options.PortalId);
            var associations = AssociationInputs.ReadForCreate(write.Database, type, input.Member("associations"));
            var traceId = input.StringMember("objectWriteTraceId");
            return apply =>
            {
                var record = RecordCreation.Create(apply, type, values, associations);
                return w => RecordJsonWriter.Write(w, record, PropertySelection.AllSet(type), Trace(traceId));
            };
        });

    private static Task UpdateAsync(HttpContext context, EmulatorState state) =>
        RunAsync(context, state, StatusCodes.Status200OK, (type, write, input, claims) =>
        {
            var collection = write.Database.Collection(type);
            var id = input.IdMember("id") ?? throw ApiProblem.Validation("Each input of a batch update needs an \"id\".");
            var record = RecordLookup.Require(collection, id, input.StringMember("idProperty"));
            if (!claims.TryClaim("hs_object_id", WireFormat.Id(record.Id), null))
            {
                throw ApiProblem.Validation($"Duplicate IDs found in batch input: [{id}]. Each record may appear once per batch.");
            }

            var values = RecordInputValidator.Validate(type, write.Database, input.Member("properties"), record, claims, state.Options.PortalId);
            var traceId = input.StringMember("objectWriteTraceId");
            return apply =>
            {
                apply.Update(type, record, values);
                return w => RecordJsonWriter.Write(w, record, PropertySelection.Written(type, values.Keys), Trace(traceId));
            };
        });

    private static Task UpsertAsync(HttpContext context, EmulatorState state) =>
        RunAsync(context, state, StatusCodes.Status200OK, (type, write, input, claims) =>
        {
            var collection = write.Database.Collection(type);
            var id = input.IdMember("id") ?? throw ApiProblem.Validation("Each input of a batch upsert needs an \"id\" (the value of its idProperty).");
            var idProperty = input.StringMember("idProperty");
            var existing = RecordLookup.Find(collection, id, idProperty);
            if (existing is { IsArchived: true })
            {
                existing = null;
            }

            if (existing is null && idProperty is null or "hs_object_id")
            {
                throw RecordLookup.NotFound(id);
            }

            var properties = input.Member("properties");
            var carriesId = idProperty is not null && CarriesIdValue(properties, idProperty, id);
            var values = RecordInputValidator.Validate(type, write.Database, properties, existing, claims, state.Options.PortalId, deferCreateRules: true);
            if (existing is null)
            {
                var (uniqueValue, error) = PropertyValueNormalizer.Normalize(type.Properties[idProperty!], id, null);
                if (error is not null || uniqueValue is null)
                {
                    throw RecordInputValidator.PropertyValuesNotValid([error ?? new PropertyValueError(idProperty!, "INVALID_VALUE", "The id of an upsert cannot be empty.")], state.Options.PortalId);
                }

                values[idProperty!] = idProperty == "email" ? uniqueValue.ToLowerInvariant() : uniqueValue;

                // The validator already claimed the value when the input's own properties carry it.
                if (!carriesId && !claims.TryClaim(idProperty!, uniqueValue, null))
                {
                    throw new ApiProblem(409, ErrorCategories.Conflict, $"Duplicate value \"{id}\" for {idProperty} in the batch inputs; each input must have its own value.");
                }

                RecordInputValidator.CheckCreate(type, write.Database, values, state.Options.PortalId);
            }

            var traceId = input.StringMember("objectWriteTraceId");
            return apply =>
            {
                var isNew = existing is null;
                var record = existing ?? RecordCreation.Create(apply, type, values, []);
                if (!isNew)
                {
                    apply.Update(type, record, values);
                }

                return w => RecordJsonWriter.Write(w, record, PropertySelection.AllSet(type), new RecordExtras { ObjectWriteTraceId = traceId, IsNew = isNew });
            };
        });

    private static async Task ArchiveAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var inputs = BatchInputs.Read(document.RootElement);
        var ids = inputs.Select(i => i.IdMember("id") ?? throw ApiProblem.Validation("Each input of a batch archive needs an \"id\".")).ToList();
        state.Database.Write(write =>
        {
            var collection = write.Database.Collection(type);
            foreach (var id in ids)
            {
                if (RecordLookup.Find(collection, id, null) is { } record)
                {
                    write.Archive(type, record);
                }
            }
        });
        JsonResponse.NoContent(context);
    }

    /// <summary>
    /// Whether an upsert input's <c>properties</c> repeat its id property; they may, with the id's own value (emails
    /// compared ignoring case), but a different value is ambiguous and rejected.
    /// </summary>
    private static bool CarriesIdValue(JsonElement properties, string idProperty, string id)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(idProperty, out var written)
            || !PropertyValueNormalizer.TryReadText(written, out var text))
        {
            return false;
        }

        var comparison = idProperty == "email" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!string.Equals(text, id, comparison))
        {
            throw ApiProblem.Validation(
                $"The input with id \"{id}\" sets {idProperty} to \"{text}\" in its properties; an upsert by {idProperty} must carry the same value as its id, or leave {idProperty} out of properties.",
                new ErrorDetail($"Property \"{idProperty}\" differs from the input's id.")
                {
                    Code = "INVALID_VALUE",
                    Context = new Dictionary<string, IReadOnlyList<string>> { ["propertyName"] = [idProperty] },
                });
        }

        return true;
    }

    private delegate Func<WriteContext, Action<Utf8JsonWriter>> TypedPlanner(ObjectTypeDefinition type, WriteContext write, JsonElement input, UniqueValueClaims claims);

    private static async Task RunAsync(HttpContext context, EmulatorState state, int successStatus, TypedPlanner plan)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var inputs = BatchInputs.Read(document.RootElement);
        var (status, body) = BatchWriteRunner.Run(state.Database, inputs, successStatus, (write, input, claims) => plan(type, write, input, claims));
        await JsonResponse.SendAsync(context, status, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static RecordExtras? Trace(string? traceId) => traceId is null ? null : new RecordExtras { ObjectWriteTraceId = traceId };
}
