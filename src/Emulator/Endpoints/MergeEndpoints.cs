using System.Globalization;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.State;
using Spoke.Emulator.Writes;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>POST /crm/v3/objects/{objectType}/merge</c> and <c>POST /crm/v3/objects/contacts/gdpr-delete</c>.</summary>
internal static class MergeEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/crm/v3/objects/{objectType}/merge", MergeAsync).Requires(ScopeRequirement.ObjectWrite);
        routes.MapPost("/crm/v3/objects/{objectType}/gdpr-delete", GdprDeleteAsync).Requires(ScopeRequirement.ObjectWrite);
    }

    /// <summary>
    /// Keeps the primary record: it gains the merged record's values for properties it lacks and its associations, and
    /// its merged ids (<c>hs_merged_object_ids</c>, <c>hs_all_contact_vids</c>) take in the merged record's; the merged
    /// record is removed.
    /// </summary>
    private static async Task MergeAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var primaryId = document.RootElement.IdMember("primaryObjectId") ?? throw ApiProblem.Validation("A merge needs \"primaryObjectId\".");
        var mergedId = document.RootElement.IdMember("objectIdToMerge") ?? throw ApiProblem.Validation("A merge needs \"objectIdToMerge\".");
        if (primaryId == mergedId)
        {
            throw SameRecord();
        }

        var body = state.Database.Write(write =>
        {
            var collection = write.Database.Collection(type);
            var primary = RecordLookup.Require(collection, primaryId, null);
            var merged = RecordLookup.Require(collection, mergedId, null);
            if (primary == merged)
            {
                throw SameRecord();
            }
            var moved = merged.Properties
                .Where(p => primary.Get(p.Key) is null && type.TryGetProperty(p.Key, out var property) && !property.IsReadOnlyValue && !property.HasUniqueValue)
                .ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
            foreach (var (name, ids) in MergedIds.ForSurvivor(type, primary, merged))
            {
                moved[name] = ids;
            }

            var associations = write.Database.Associations.AllFrom(type.TypeId, merged.Id).ToList();
            write.Delete(type, merged, EmulatorChangeKind.Merged);
            write.Update(type, primary, moved);
            foreach (var (toTypeId, toId, typeId) in associations)
            {
                if (write.Database.AssociationTypes.Find(type.TypeId, toTypeId, typeId) is { } association && toId != primary.Id)
                {
                    write.Associate(primary.Id, toId, association);
                }
            }

            write.RecordMerge(type, primary, merged.Id);
            return JsonResponse.Build(w => RecordJsonWriter.Write(w, primary, PropertySelection.AllSet(type)));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static ApiProblem SameRecord() => ApiProblem.Validation("primaryObjectId and objectIdToMerge must be different records.");

    private static async Task GdprDeleteAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        if (type.Name != "contacts")
        {
            throw ApiProblem.Validation($"GDPR delete applies to contacts only, not {type.Name}.");
        }

        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var id = document.RootElement.IdMember("objectId") ?? throw ApiProblem.Validation("A GDPR delete needs \"objectId\".");
        var idProperty = document.RootElement.StringMember("idProperty");
        state.Database.Write(write =>
        {
            var collection = write.Database.Collection(type);
            var record = RecordLookup.Find(collection, id, idProperty) ?? throw RecordLookup.NotFound(id);
            write.Delete(type, record, EmulatorChangeKind.PrivacyDeleted);
        });
        JsonResponse.NoContent(context);
    }
}
