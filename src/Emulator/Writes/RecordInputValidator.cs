using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Writes;

/// <summary>
/// Validates one input's <c>properties</c> as HubSpot does, all errors at once: unknown and read-only properties,
/// malformed values, options, length, pipeline and stage, required properties on create and unique values. Runs
/// before anything is applied, so a failing request changes nothing.
/// </summary>
internal static class RecordInputValidator
{
    private const string EmailProperty = "email";

    /// <summary>
    /// The normalized values to apply (<see langword="null"/> clears one). With <paramref name="deferCreateRules"/>, the
    /// rules of a create (pipeline placement, required properties) are left to a later <see cref="CheckCreate"/>, for
    /// an upsert whose id value joins the values afterwards.
    /// </summary>
    public static Dictionary<string, string?> Validate(
        ObjectTypeDefinition type,
        CrmDatabase database,
        JsonElement properties,
        CrmRecord? existing,
        UniqueValueClaims claims,
        long portalId,
        bool deferCreateRules = false)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new List<PropertyValueError>();
        if (properties.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw ApiProblem.InvalidJson($"\"properties\" must be an object of property names to values, but was {RequestBody.Describe(properties.ValueKind)}.");
        }

        if (properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var written in properties.EnumerateObject())
            {
                ValidateOne(type, written, existing, values, errors);
            }
        }

        if (existing is not null)
        {
            PipelinePlacement.Check(type, database.Pipelines, values, existing, errors);
        }
        else if (!deferCreateRules)
        {
            AddCreateErrors(type, database, values, errors);
        }

        if (errors.Count > 0)
        {
            throw PropertyValuesNotValid(errors, portalId);
        }

        CheckUniqueValues(type, database.Collection(type), values, existing, claims);
        return values;
    }

    /// <summary>The rules of a create left out by <see cref="Validate"/> with <c>deferCreateRules</c>; completes the values.</summary>
    public static void CheckCreate(ObjectTypeDefinition type, CrmDatabase database, Dictionary<string, string?> values, long portalId)
    {
        var errors = new List<PropertyValueError>();
        AddCreateErrors(type, database, values, errors);
        if (errors.Count > 0)
        {
            throw PropertyValuesNotValid(errors, portalId);
        }
    }

    private static void AddCreateErrors(ObjectTypeDefinition type, CrmDatabase database, Dictionary<string, string?> values, List<PropertyValueError> errors)
    {
        PipelinePlacement.Check(type, database.Pipelines, values, null, errors);
        foreach (var required in type.RequiredProperties)
        {
            if (values.GetValueOrDefault(required) is null && !errors.Exists(e => e.Name == required))
            {
                errors.Add(new PropertyValueError(required, "REQUIRED_PROPERTY", $"Property \"{required}\" is required to create a {type.Identity.SingularName}."));
            }
        }

        if (type.RequiredOneOf.Count > 0 && type.RequiredOneOf.All(name => values.GetValueOrDefault(name) is null))
        {
            var names = string.Join(" or ", type.RequiredOneOf.Select(n => $"\"{n}\""));
            errors.Add(new PropertyValueError(type.RequiredOneOf[0], "REQUIRED_PROPERTY", $"Property {names} is required to create a {type.Identity.SingularName}; give at least one of them a value."));
        }
    }

    public static ApiProblem PropertyValuesNotValid(IReadOnlyList<PropertyValueError> errors, long portalId)
    {
        var list = JsonSerializer.Serialize(errors.Select(e => new Dictionary<string, object>
        {
            ["isValid"] = false,
            ["message"] = e.Message,
            ["error"] = e.Error,
            ["name"] = e.Name,
            ["localizedErrorMessage"] = e.Message,
            ["portalId"] = portalId,
        }), new JsonSerializerOptions { Encoder = JsonResponse.RelaxedEncoder });
        return ApiProblem.Validation(
            $"Property values were not valid: {list}",
            [.. errors.Select(e => new ErrorDetail(e.Message)
            {
                Code = e.Error,
                Context = new Dictionary<string, IReadOnlyList<string>> { ["propertyName"] = [e.Name] },
            })]);
    }

    private static void ValidateOne(ObjectTypeDefinition type, JsonProperty written, CrmRecord? existing, Dictionary<string, string?> values, List<PropertyValueError> errors)
    {
        if (!type.TryGetProperty(written.Name, out var property))
        {
            errors.Add(new PropertyValueError(written.Name, "PROPERTY_DOESNT_EXIST", $"Property \"{written.Name}\" does not exist"));
            return;
        }

        if (property.IsReadOnlyValue)
        {
            errors.Add(new PropertyValueError(written.Name, "READ_ONLY_VALUE", $"Property \"{written.Name}\" is read-only and cannot be written."));
            return;
        }

        if (!PropertyValueNormalizer.TryReadText(written.Value, out var text))
        {
            errors.Add(new PropertyValueError(written.Name, "INVALID_VALUE", $"The value of \"{written.Name}\" must be a string, number or boolean."));
            return;
        }

        var (value, error) = PropertyValueNormalizer.Normalize(property, text!, existing?.Get(property.Name));
        if (error is null && value is { } email && type.Name == "contacts" && property.Name == EmailProperty)
        {
            (value, error) = NormalizeEmail(email);
        }

        if (error is not null)
        {
            errors.Add(error);
        }
        else
        {
            values[property.Name] = value;
        }
    }

    private static (string?, PropertyValueError?) NormalizeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.Contains(' ', StringComparison.Ordinal);
        return valid
            ? (email.ToLowerInvariant(), null)
            : (null, new PropertyValueError(EmailProperty, "INVALID_EMAIL", $"Email address {email} is invalid"));
    }

    private static void CheckUniqueValues(ObjectTypeDefinition type, ObjectCollection collection, Dictionary<string, string?> values, CrmRecord? existing, UniqueValueClaims claims)
    {
        foreach (var (name, value) in values)
        {
            if (value is null || !type.TryGetProperty(name, out var property) || !property.HasUniqueValue)
            {
                continue;
            }

            var holder = collection.FindByUniqueValue(name, value);
            if (holder is not null && holder.Id != existing?.Id)
            {
                throw Conflict(type, name, value, holder.Id);
            }

            if (!claims.TryClaim(name, value, existing?.Id))
            {
                throw new ApiProblem(409, ErrorCategories.Conflict,
                    $"Duplicate value \"{value}\" for unique property \"{name}\" in the batch inputs; each input must have its own value.");
            }
        }
    }

    public static ApiProblem Conflict(ObjectTypeDefinition type, string property, string value, long existingId)
    {
        var message = type.Name == "contacts" && property == EmailProperty
            ? $"Contact already exists. Existing ID: {existingId}"
            : $"A {type.Identity.SingularName} with {property} \"{value}\" already exists. Existing ID: {existingId}";
        return new ApiProblem(409, ErrorCategories.Conflict, message);
    }
}
