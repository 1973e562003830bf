using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// <c>/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/*</c>. Inputs naming missing records are reported
/// per input in a 207; the others are applied.
/// </summary>
internal static class AssociationBatchEndpoints
{
    private const int MaxReadInputs = 1_000;
    private const int MaxWriteInputs = 2_000;

    public static void Map(IEndpointRouteBuilder routes)
    {
        var batch = routes.MapGroup("/crm/v4/associations/{objectType}/{toObjectType}/batch");
        batch.MapPost("/read", ReadAsync).Requires(ScopeRequirement.AssociationRead);
        batch.MapPost("/create", CreateAsync).Requires(ScopeRequirement.AssociationWrite);
        batch.MapPost("/associate/default", AssociateDefaultAsync).Requires(ScopeRequirement.AssociationWrite);
        batch.MapPost("/archive", ArchiveAsync).Requires(ScopeRequirement.AssociationWrite);
        batch.MapPost("/labels/archive", ArchiveLabelsAsync).Requires(ScopeRequirement.AssociationWrite);
    }

    private static async Task ReadAsync(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        var inputs = await InputsAsync(context, MaxReadInputs).ConfigureAwait(false);
        var startedAt = state.Database.Now;
        var (status, body) = state.Database.Read(() =>
        {
            var results = new List<Action<Utf8JsonWriter>>();
            var errors = new List<(ApiProblem, string?)>();
            var toCollection = state.Database.Collection(to);
            foreach (var input in inputs)
            {
                var id = input.IdMember("id") ?? throw ApiProblem.Validation("Each input of an association batch read needs an \"id\".");
                var record = RecordLookup.Find(state.Database.Collection(from), id, null);
                if (record is not { IsArchived: false })
                {
                    errors.Add((RecordLookup.NotFound(id), null));
                    continue;
                }

                var targets = state.Database.Associations.From(from.TypeId, record.Id, to.TypeId)
                    .Where(t => toCollection.Find(t.Key) is { IsArchived: false })
                    .ToList();
                results.Add(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteStartObject("from");
                    writer.WriteString("id", WireFormat.Id(record.Id));
                    writer.WriteEndObject();
                    writer.WriteStartArray("to");
                    foreach (var (toId, types) in targets)
                    {
                        AssociationJson.WriteTarget(writer, state.Database, from.TypeId, to.TypeId, toId, types);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
            }

            return (errors.Count > 0 ? StatusCodes.Status207MultiStatus : StatusCodes.Status200OK,
                BatchResponse.Build(startedAt, state.Database.Now, results, errors));
        });
        await JsonResponse.SendAsync(context, status, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task CreateAsync(HttpContext context, EmulatorState state) =>
        WritePairsAsync(context, state, StatusCodes.Status201Created, (write, from, to, pair, input) =>
        {
            var specs = input.Member("types");
            if (specs.ValueKind != JsonValueKind.Array || specs.GetArrayLength() == 0)
            {
                throw ApiProblem.Validation("Each input needs a non-empty \"types\" array of {\"associationCategory\",\"associationTypeId\"}.");
            }

            var types = specs.EnumerateArray().Select(spec => AssociationInputs.Resolve(write.Database, from, to, spec)).ToList();
            return () =>
            {
                foreach (var type in types)
                {
                    write.Associate(pair.From.Id, pair.To.Id, type);
                }

                return w => AssociationJson.WriteLabels(w, write.Database, from.TypeId, pair.From.Id, to.TypeId, pair.To.Id);
            };
        });

    private static Task AssociateDefaultAsync(HttpContext context, EmulatorState state) =>
        WritePairsAsync(context, state, StatusCodes.Status200OK, (write, from, to, pair, _) =>
        {
            var type = write.Database.AssociationTypes.DefaultBetween(from.TypeId, to.TypeId)
                ?? throw AssociationInputs.InvalidType("default", from.Name, to.Name);
            return () =>
            {
                write.Associate(pair.From.Id, pair.To.Id, type);
                return w => AssociationJson.WriteDefault(w, pair.From.Id, pair.To.Id, type);
            };
        });

    private static async Task ArchiveAsync(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        var inputs = await InputsAsync(context, MaxWriteInputs).ConfigureAwait(false);
        var pairs = new List<(long FromId, long ToId)>();
        foreach (var input in inputs)
        {
            var fromId = AssociationInputs.ReadId(input.Member("from").Member("id"), "inputs[].from.id");
            var targets = input.Member("to");
            if (targets.ValueKind != JsonValueKind.Array)
            {
                throw ApiProblem.Validation("Each input of an association batch archive needs a \"to\" array of {\"id\"}.");
            }

            pairs.AddRange(targets.EnumerateArray().Select(target => (fromId, AssociationInputs.ReadId(target.Member("id"), "inputs[].to[].id"))));
        }

        state.Database.Write(write =>
        {
            foreach (var (fromId, toId) in pairs)
            {
                write.DissociateAll(from.TypeId, fromId, to.TypeId, toId);
            }
        });
        JsonResponse.NoContent(context);
    }

    private static async Task ArchiveLabelsAsync(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        var inputs = await InputsAsync(context, MaxWriteInputs).ConfigureAwait(false);
        var removals = new List<(long FromId, long ToId, JsonElement Types)>();
        foreach (var input in inputs)
        {
            var fromId = AssociationInputs.ReadId(input.Member("from").Member("id"), "inputs[].from.id");
            var toId = AssociationInputs.ReadId(input.Member("to").Member("id"), "inputs[].to.id");
            var types = input.Member("types");
            if (types.ValueKind != JsonValueKind.Array)
            {
                throw ApiProblem.Validation("Each input of a labels archive needs a \"types\" array.");
            }

            removals.Add((fromId, toId, types));
        }

        // Labels can be deleted by another request, so the types are resolved under the same lock that applies them.
        state.Database.Write(write =>
        {
            var resolved = removals
                .SelectMany(removal => removal.Types.EnumerateArray().Select(spec => (removal.FromId, removal.ToId, Type: AssociationInputs.Resolve(write.Database, from, to, spec))))
                .ToList();
            foreach (var (fromId, toId, type) in resolved)
            {
                write.Dissociate(fromId, toId, type);
            }
        });
        JsonResponse.NoContent(context);
    }

    /// <summary>Validates one input (throwing <see cref="ApiProblem"/>) and returns how to apply it.</summary>
    private delegate Func<Action<Utf8JsonWriter>> PairPlanner(WriteContext write, ObjectTypeDefinition from, ObjectTypeDefinition to, (CrmRecord From, CrmRecord To) pair, JsonElement input);

    private static async Task WritePairsAsync(HttpContext context, EmulatorState state, int successStatus, PairPlanner plan)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        var inputs = await InputsAsync(context, MaxWriteInputs).ConfigureAwait(false);
        var startedAt = state.Database.Now;
        var (status, body) = state.Database.Write(write =>
        {
            var plans = new List<Func<Action<Utf8JsonWriter>>>();
            var errors = new List<(ApiProblem, string?)>();
            foreach (var input in inputs)
            {
                var fromId = input.Member("from").IdMember("id") ?? throw ApiProblem.Validation("Each input needs \"from\": {\"id\"}.");
                var toId = input.Member("to").IdMember("id") ?? throw ApiProblem.Validation("Each input needs \"to\": {\"id\"}.");
                var fromRecord = RecordLookup.Find(write.Database.Collection(from), fromId, null);
                var toRecord = RecordLookup.Find(write.Database.Collection(to), toId, null);
                if (fromRecord is not { IsArchived: false } || toRecord is not { IsArchived: false })
                {
                    errors.Add((RecordLookup.NotFound(fromRecord is { IsArchived: false } ? toId : fromId), null));
                    continue;
                }

                plans.Add(plan(write, from, to, (fromRecord, toRecord), input));
            }

            var results = plans.Select(apply => apply()).ToList();

            return (errors.Count > 0 ? StatusCodes.Status207MultiStatus : successStatus,
                BatchResponse.Build(startedAt, write.Database.Now, results, errors));
        });
        await JsonResponse.SendAsync(context, status, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<List<JsonElement>> InputsAsync(HttpContext context, int max)
    {
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var inputs = document.RootElement.Member("inputs");
        if (inputs.ValueKind != JsonValueKind.Array)
        {
            throw ApiProblem.Validation("The body needs an \"inputs\" array.");
        }

        if (inputs.GetArrayLength() > max)
        {
            throw ApiProblem.Validation($"Too many inputs: {inputs.GetArrayLength()}. This endpoint accepts at most {max:N0}.");
        }

        return inputs.EnumerateArray().Select(i => i.Clone()).ToList();
    }
}
