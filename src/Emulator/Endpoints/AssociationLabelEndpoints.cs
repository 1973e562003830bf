using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Associations;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// <c>/crm/v4/associations/{fromObjectType}/{toObjectType}/labels</c>: the association types between two object types
/// (HubSpot-defined and the account's labels), and creating, renaming and deleting the account's labels. The schema
/// reference writes the same endpoints under <c>/crm/associations/v4/</c>; both paths are served.
/// </summary>
internal static class AssociationLabelEndpoints
{
    /// <summary>HubSpot allows up to 50 labels per pair of object types.</summary>
    public const int MaxLabelsPerPair = 50;

    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var prefix in new[] { "/crm/v4/associations", "/crm/associations/v4" })
        {
            var labels = routes.MapGroup(prefix + "/{objectType}/{toObjectType}/labels");
            labels.MapGet("", List).Requires(ScopeRequirement.AssociationRead);
            labels.MapPost("", CreateAsync).Requires(ScopeRequirement.AssociationWrite);
            labels.MapPut("", RenameAsync).Requires(ScopeRequirement.AssociationWrite);
            labels.MapDelete("/{associationTypeId}", Delete).Requires(ScopeRequirement.AssociationWrite);
        }
    }

    private static Task List(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        var body = state.Database.Read(() => JsonResponse.Build(writer =>
            AssociationJson.WriteTypes(writer, state.Database.AssociationTypes.Between(from.TypeId, to.TypeId))));
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var request = document.RootElement;
        var label = RequiredText(request, "label", "the label shown on the association, e.g. \"Decision maker\"");
        var name = RequiredText(request, "name", "the label's internal name, e.g. \"decision_maker\"");
        var inverseLabel = OptionalText(request, "inverseLabel");
        var body = state.Database.Write(write =>
        {
            var catalog = write.Database.AssociationTypes;
            if (catalog.DefaultBetween(from.TypeId, to.TypeId) is null)
            {
                throw AssociationInputs.InvalidType(label, from.Name, to.Name);
            }

            var existing = catalog.Between(from.TypeId, to.TypeId);
            if (existing.Count(type => type.IsAccountLabel) >= MaxLabelsPerPair)
            {
                throw ApiProblem.Validation($"{from.Name} to {to.Name} already has {MaxLabelsPerPair} labels, the most HubSpot allows per pair of object types. Delete one first.");
            }

            if (existing.FirstOrDefault(type => type.IsAccountLabel && string.Equals(type.Name, name, StringComparison.OrdinalIgnoreCase)) is { } named)
            {
                throw ApiProblem.Validation($"A {from.Name} to {to.Name} label named \"{name}\" already exists (typeId {named.TypeId}). Choose another name.");
            }

            EnsureLabelIsFree(catalog, from, to, label, exceptTypeId: null);
            if (inverseLabel is not null)
            {
                EnsureLabelIsFree(catalog, to, from, inverseLabel, exceptTypeId: null);
            }

            var created = write.DefineLabel(from.TypeId, to.TypeId, name, label, inverseLabel);
            return JsonResponse.Build(writer => AssociationJson.WriteTypes(writer, created));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task RenameAsync(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var request = document.RootElement;
        if (request.Member("associationTypeId") is not { ValueKind: JsonValueKind.Number } number || !number.TryGetInt32(out var typeId))
        {
            throw ApiProblem.Validation("The body needs \"associationTypeId\": the number of the label to rename, as listed by GET …/labels.");
        }

        var label = RequiredText(request, "label", "the new label");
        var inverseLabel = OptionalText(request, "inverseLabel");
        state.Database.Write(write =>
        {
            var catalog = write.Database.AssociationTypes;
            var type = RequireAccountLabel(catalog, from, to, typeId, "renamed");
            EnsureLabelIsFree(catalog, from, to, label, type.TypeId);
            if (inverseLabel is not null)
            {
                EnsureLabelIsFree(catalog, to, from, inverseLabel, type.InverseTypeId);
            }

            write.RenameLabel(type, label, inverseLabel);
        });
        JsonResponse.NoContent(context);
    }

    private static void Delete(HttpContext context, EmulatorState state)
    {
        var (from, to) = AssociationRoute.Types(state, context);
        var text = (string)context.GetRouteValue("associationTypeId")!;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var typeId))
        {
            throw ApiProblem.Validation($"\"{text}\" is not an association type id; pass the typeId of the label, as listed by GET …/labels.");
        }

        state.Database.Write(write =>
        {
            write.DeleteLabel(RequireAccountLabel(write.Database.AssociationTypes, from, to, typeId, "deleted"));
        });
        JsonResponse.NoContent(context);
    }

    private static AssociationTypeDefinition RequireAccountLabel(AssociationTypeCatalog catalog, ObjectTypeDefinition from, ObjectTypeDefinition to, int typeId, string verb)
    {
        var type = catalog.Find(from.TypeId, to.TypeId, typeId);
        if (type is null)
        {
            var labels = catalog.Between(from.TypeId, to.TypeId).Where(t => t.IsAccountLabel).Select(t => $"{t.TypeId} (\"{t.Label}\")").ToList();
            throw ApiProblem.NotFound(
                $"No association type {typeId} from {from.Name} to {to.Name}. "
                + (labels.Count == 0 ? "The pair has no labels of the account." : "The account's labels: " + string.Join(", ", labels) + "."),
                typeId.ToString(CultureInfo.InvariantCulture));
        }

        return type.IsAccountLabel
            ? type
            : throw ApiProblem.Validation($"Association type {typeId} from {from.Name} to {to.Name} is defined by {(type.Category == AssociationTypeCatalog.HubSpotDefined ? "HubSpot" : "a custom object schema")} and cannot be {verb}; only the account's labels can.");
    }

    private static void EnsureLabelIsFree(AssociationTypeCatalog catalog, ObjectTypeDefinition from, ObjectTypeDefinition to, string label, int? exceptTypeId)
    {
        if (catalog.Between(from.TypeId, to.TypeId).FirstOrDefault(type => type.TypeId != exceptTypeId && string.Equals(type.Label, label, StringComparison.OrdinalIgnoreCase)) is { } taken)
        {
            throw ApiProblem.Validation($"{from.Name} to {to.Name} already has the label \"{taken.Label}\" (typeId {taken.TypeId}). Use it, or choose another label.");
        }
    }

    private static string RequiredText(JsonElement request, string name, string meaning) =>
        OptionalText(request, name) ?? throw ApiProblem.Validation($"The body needs \"{name}\": {meaning}.");

    private static string? OptionalText(JsonElement request, string name) =>
        request.StringMember(name) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
