using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>/crm/v4/objects/{objectType}/{objectId}/associations/…</c>: one record's associations.</summary>
internal static class AssociationEndpoints
{
    private const int MaxPageSize = 500;

    public static void Map(IEndpointRouteBuilder routes)
    {
        var associations = routes.MapGroup("/crm/v4/objects/{objectType}/{objectId}/associations");
        associations.MapGet("/{toObjectType}", List).Requires(ScopeRequirement.AssociationRead);
        associations.MapPut("/default/{toObjectType}/{toObjectId}", AssociateDefault).Requires(ScopeRequirement.AssociationWrite);
        associations.MapPut("/{toObjectType}/{toObjectId}", AssociateLabelledAsync).Requires(ScopeRequirement.AssociationWrite);
        associations.MapDelete("/{toObjectType}/{toObjectId}", Remove).Requires(ScopeRequirement.AssociationWrite);
    }

    private static Task List(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        var fromId = (string)context.GetRouteValue("objectId")!;
        var limit = QueryValues.Integer(context.Request, "limit", MaxPageSize, MaxPageSize);
        var start = Paging.After(context.Request);
        var request = context.Request;
        var body = state.Database.Read(() =>
        {
            var record = RecordLookup.Require(state.Database.Collection(from), fromId, null);
            var toCollection = state.Database.Collection(to);
            var targets = state.Database.Associations.From(from.TypeId, record.Id, to.TypeId)
                .Where(t => t.Key >= start && toCollection.Find(t.Key) is { IsArchived: false })
                .Take(limit + 1)
                .ToList();
            return JsonResponse.Build(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("results");
                foreach (var (toId, types) in targets.Take(limit))
                {
                    AssociationJson.WriteTarget(writer, state.Database, from.TypeId, to.TypeId, toId, types);
                }

                writer.WriteEndArray();
                if (targets.Count > limit)
                {
                    Paging.WriteNext(writer, WireFormat.Id(targets[limit].Key), request, limit);
                }

                writer.WriteEndObject();
            });
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static Task AssociateDefault(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        var startedAt = state.Database.Now;
        var body = state.Database.Write(write =>
        {
            var (fromRecord, toRecord) = Pair(write.Database, context, from, to);
            var type = write.Database.AssociationTypes.DefaultBetween(from.TypeId, to.TypeId)
                ?? throw AssociationInputs.InvalidType("default", from.Name, to.Name);
            write.Associate(fromRecord.Id, toRecord.Id, type);
            var inverse = write.Database.AssociationTypes.Find(to.TypeId, from.TypeId, type.InverseTypeId)!;
            return BatchResponse.Build(startedAt, write.Database.Now,
                [w => AssociationJson.WriteDefault(w, fromRecord.Id, toRecord.Id, type), w => AssociationJson.WriteDefault(w, toRecord.Id, fromRecord.Id, inverse)],
                []);
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static async Task AssociateLabelledAsync(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        using var document = await RequestBody.ReadAsync(context, context.RequestAborted).ConfigureAwait(false);
        var specs = document.RootElement;
        if (specs.ValueKind != JsonValueKind.Array || specs.GetArrayLength() == 0)
        {
            throw ApiProblem.Validation("The body must be a non-empty array of {\"associationCategory\",\"associationTypeId\"}.");
        }

        var body = state.Database.Write(write =>
        {
            var (fromRecord, toRecord) = Pair(write.Database, context, from, to);
            var types = specs.EnumerateArray().Select(spec => AssociationInputs.Resolve(write.Database, from, to, spec)).ToList();
            foreach (var type in types)
            {
                write.Associate(fromRecord.Id, toRecord.Id, type);
            }

            return JsonResponse.Build(w => AssociationJson.WriteLabels(w, write.Database, from.TypeId, fromRecord.Id, to.TypeId, toRecord.Id));
        });
        context.Response.Headers.Location = $"/crm/v4/objects/{from.Name}/{context.GetRouteValue("objectId")}/associations/{to.Name}/{context.GetRouteValue("toObjectId")}";
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static void Remove(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        state.Database.Write(write =>
        {
            var (fromRecord, toRecord) = Pair(write.Database, context, from, to);
            write.DissociateAll(from.TypeId, fromRecord.Id, to.TypeId, toRecord.Id);
        });
        JsonResponse.NoContent(context);
    }


    private static (CrmRecord From, CrmRecord To) Pair(CrmDatabase database, HttpContext context, ObjectTypeDefinition from, ObjectTypeDefinition to) =>
        (RecordLookup.Require(database.Collection(from), (string)context.GetRouteValue("objectId")!, null),
         RecordLookup.Require(database.Collection(to), (string)context.GetRouteValue("toObjectId")!, null));
}
