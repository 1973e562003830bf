using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;
using Spoke.Emulator.Writes;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>/crm/v3/objects/{objectType}</c>: list, read, create, update and archive single records.</summary>
internal static class ObjectEndpoints
{
    private const int DefaultListLimit = 10;
    private const int MaxListLimit = 100;

    public static void Map(IEndpointRouteBuilder routes)
    {
        var objects = routes.MapGroup("/crm/v3/objects/{objectType}");
        objects.MapGet("", ListAsync).Requires(ScopeRequirement.ObjectRead);
        objects.MapPost("", CreateAsync).Requires(ScopeRequirement.ObjectWrite);
        objects.MapGet("/{objectId}", GetAsync).Requires(ScopeRequirement.ObjectRead);
        objects.MapPatch("/{objectId}", UpdateAsync).Requires(ScopeRequirement.ObjectWrite);
        objects.MapDelete("/{objectId}", Archive).Requires(ScopeRequirement.ObjectWrite);
    }

    private static Task ListAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var request = context.Request;
        var limit = QueryValues.Integer(request, "limit", DefaultListLimit, MaxListLimit);
        var start = Paging.After(request);
        var archived = QueryValues.Flag(request, "archived");
        var selection = PropertySelection.ForRead(type, QueryValues.List(request, "properties"));
        var associations = QueryValues.List(request, "associations");
        var history = HistorySelection.For(state, type, QueryValues.List(request, "propertiesWithHistory"));
        if (history is not null)
        {
            HistorySelection.RequireAtMostMax(limit, "limit");
        }

        var body = state.Database.Read(() =>
        {
            var records = state.Database.Collection(type).Records;
            var page = new List<CrmRecord>(limit);
            long? next = null;
            for (var index = FirstAtOrAfter(records, start); index < records.Count; index++)
            {
                var record = records[index];
                if (record.IsArchived != archived)
                {
                    continue;
                }

                if (page.Count == limit)
                {
                    next = record.Id;
                    break;
                }

                page.Add(record);
            }

            return JsonResponse.Build(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("results");
                foreach (var record in page)
                {
                    RecordJsonWriter.Write(writer, record, selection, Extras(state.Database, type, record, associations, history));
                }

                writer.WriteEndArray();
                if (next is { } nextId)
                {
                    Paging.WriteNext(writer, WireFormat.Id(nextId), request, limit);
                }

                writer.WriteEndObject();
            });
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static Task GetAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var request = context.Request;
        var id = (string)context.GetRouteValue("objectId")!;
        var idProperty = QueryValues.Text(request, "idProperty");
        var archived = QueryValues.Flag(request, "archived");
        var selection = PropertySelection.ForRead(type, QueryValues.List(request, "properties"));
        var associations = QueryValues.List(request, "associations");
        var history = HistorySelection.For(state, type, QueryValues.List(request, "propertiesWithHistory"));
        var body = state.Database.Read(() =>
        {
            var record = RecordLookup.Require(state.Database.Collection(type), id, idProperty, archived);
            return JsonResponse.Build(w => RecordJsonWriter.Write(w, record, selection, Extras(state.Database, type, record, associations, history)));
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var input = document.RootElement;
        var body = state.Database.Write(write =>
        {
            var values = RecordInputValidator.Validate(type, write.Database, input.Member("properties"), null, UniqueValueClaims.None, state.Options.PortalId);
            var associations = AssociationInputs.ReadForCreate(write.Database, type, input.Member("associations"));
            var record = RecordCreation.Create(write, type, values, associations);
            return JsonResponse.Build(w => RecordJsonWriter.Write(w, record, PropertySelection.AllSet(type)));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task UpdateAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var id = (string)context.GetRouteValue("objectId")!;
        var idProperty = QueryValues.Text(context.Request, "idProperty");
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var input = document.RootElement;
        var properties = input.Member("properties");
        if (properties.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            || (properties.ValueKind == JsonValueKind.Object && !properties.EnumerateObject().Any()))
        {
            throw ApiProblem.Validation("No properties found to update, please provide at least one.");
        }

        var body = state.Database.Write(write =>
        {
            var collection = write.Database.Collection(type);
            var record = RecordLookup.Require(collection, id, idProperty);
            var values = RecordInputValidator.Validate(type, write.Database, input.Member("properties"), record, UniqueValueClaims.None, state.Options.PortalId);
            write.Update(type, record, values);
            return JsonResponse.Build(w => RecordJsonWriter.Write(w, record, PropertySelection.Written(type, values.Keys)));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static void Archive(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var id = (string)context.GetRouteValue("objectId")!;
        state.Database.Write(write =>
        {
            // HubSpot answers 204 for an id that is unknown or already archived.
            var record = RecordLookup.Find(write.Database.Collection(type), id, null);
            if (record is not null)
            {
                write.Archive(type, record);
            }
        });
        JsonResponse.NoContent(context);
    }

    private static RecordExtras? Extras(
        CrmDatabase database, ObjectTypeDefinition type, CrmRecord record, IReadOnlyList<string>? associations, HistorySelection? history) =>
        associations is { Count: > 0 } || history is not null
            ? new RecordExtras
            {
                WriteAssociations = associations is { Count: > 0 } ? InlineAssociations.For(database, type, record, associations) : null,
                History = history,
            }
            : null;

    private static int FirstAtOrAfter(IReadOnlyList<CrmRecord> records, long id)
    {
        int low = 0, high = records.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (records[middle].Id < id)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
