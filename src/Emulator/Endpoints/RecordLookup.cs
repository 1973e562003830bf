using Spoke.Emulator.Http;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Endpoints;

/// <summary>Finds a record by id or by a unique property (<c>idProperty</c>), as the object endpoints do.</summary>
internal static class RecordLookup
{
    public static CrmRecord? Find(ObjectCollection collection, string id, string? idProperty)
    {
        if (idProperty is null or "hs_object_id")
        {
            return long.TryParse(id, out var numeric) ? collection.Find(numeric) : null;
        }

        if (!collection.Type.TryGetProperty(idProperty, out var property) || !property.HasUniqueValue)
        {
            throw ApiProblem.Validation(
                $"\"{idProperty}\" is not a unique property of {collection.Type.Name}, so it cannot be used as idProperty. Use hs_object_id or a property with unique values.");
        }

        return collection.FindByUniqueValue(idProperty, id);
    }

    /// <summary>The live (or, when <paramref name="archived"/>, archived) record, or HubSpot's 404.</summary>
    public static CrmRecord Require(ObjectCollection collection, string id, string? idProperty, bool archived = false)
    {
        var record = Find(collection, id, idProperty);
        return record is not null && record.IsArchived == archived ? record : throw NotFound(id);
    }

    public static ApiProblem NotFound(string id) => ApiProblem.NotFound("Object not found.  objectId are usually numeric.", id);

    public static ObjectTypeDefinition TypeOf(EmulatorState state, HttpContext context, string routeValue = "objectType") =>
        state.ResolveType(context.GetRouteValue(routeValue) as string);
}
