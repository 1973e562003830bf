using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Associations;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Endpoints;

/// <summary>Reads the <c>associations</c> of a create input and the association specs of the v4 endpoints.</summary>
internal static class AssociationInputs
{
    /// <summary>One association to add once the record exists.</summary>
    public sealed record Planned(long ToId, AssociationTypeDefinition Type);

    /// <summary>Reads <c>[{"to":{"id":…},"types":[{"associationCategory":…,"associationTypeId":…}]}]</c>, checking every target.</summary>
    public static List<Planned> ReadForCreate(CrmDatabase database, ObjectTypeDefinition from, JsonElement associations)
    {
        var planned = new List<Planned>();
        if (associations.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return planned;
        }

        if (associations.ValueKind != JsonValueKind.Array)
        {
            throw ApiProblem.InvalidJson("\"associations\" must be an array of {\"to\":{\"id\":…},\"types\":[…]}.");
        }

        foreach (var association in associations.EnumerateArray())
        {
            var toId = ReadId(association.Member("to").Member("id"), "associations[].to.id");
            var types = association.Member("types");
            if (types.ValueKind != JsonValueKind.Array)
            {
                throw ApiProblem.Validation("Each association needs a \"types\" array of {\"associationCategory\",\"associationTypeId\"}.");
            }

            foreach (var spec in types.EnumerateArray())
            {
                var (category, typeId) = ReadSpec(spec);
                var type = database.AssociationTypes.FindFrom(from.TypeId, typeId);
                if (type is null || type.Category != category || !database.Schema.TryResolve(type.ToTypeId, out var toType))
                {
                    throw InvalidType(typeId.ToString(CultureInfo.InvariantCulture), from.Name, "the associated object type");
                }

                if (database.Collection(toType).Find(toId) is not { IsArchived: false })
                {
                    throw ApiProblem.Validation($"The associated {toType.Identity.SingularName} {toId} does not exist.");
                }

                planned.Add(new Planned(toId, type));
            }
        }

        return planned;
    }

    /// <summary>Reads one <c>{"associationCategory":…,"associationTypeId":…}</c>.</summary>
    public static (string Category, int TypeId) ReadSpec(JsonElement spec)
    {
        if (spec.ValueKind != JsonValueKind.Object
            || !spec.TryGetProperty("associationCategory", out var category) || category.ValueKind != JsonValueKind.String
            || !spec.TryGetProperty("associationTypeId", out var typeId) || typeId.ValueKind != JsonValueKind.Number || !typeId.TryGetInt32(out var id))
        {
            throw ApiProblem.Validation("An association type must be {\"associationCategory\": \"HUBSPOT_DEFINED\"|\"USER_DEFINED\"|…, \"associationTypeId\": <number>}.");
        }

        return (category.GetString()!, id);
    }

    /// <summary>Resolves a spec between two object types or fails with HubSpot's INVALID_ASSOCIATION_TYPE.</summary>
    public static AssociationTypeDefinition Resolve(CrmDatabase database, ObjectTypeDefinition from, ObjectTypeDefinition to, JsonElement spec)
    {
        var (category, typeId) = ReadSpec(spec);
        var type = database.AssociationTypes.Find(from.TypeId, to.TypeId, typeId);
        return type is not null && type.Category == category
            ? type
            : throw InvalidType(typeId.ToString(CultureInfo.InvariantCulture), from.Name, to.Name);
    }

    /// <summary>An id given as a JSON number or a numeric string.</summary>
    public static long ReadId(JsonElement id, string where)
    {
        if (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var number))
        {
            return number;
        }

        if (id.ValueKind == JsonValueKind.String && long.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw ApiProblem.Validation($"{where} must be a record id (a number or a numeric string).");
    }

    public static ApiProblem InvalidType(string typeText, string fromName, string toName) =>
        new(400, ErrorCategories.Validation, $"{typeText} is not a valid association type between {fromName} and {toName}")
        {
            SubCategory = "crm.associations.INVALID_ASSOCIATION_TYPE",
            Context = new Dictionary<string, IReadOnlyList<string>>
            {
                ["type"] = [typeText],
                ["fromObjectType"] = [fromName],
                ["toObjectType"] = [toName],
            },
        };
}
