using System.Text.Json;
using System.Text.RegularExpressions;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// Validates a <c>PropertyCreate</c> body (name, label, type, fieldType, groupName, options) and builds the property with
/// the JSON HubSpot returns for it.
/// </summary>
internal static partial class PropertyCreateReader
{
    private static readonly Dictionary<string, string[]> FieldTypesByType = new(StringComparer.Ordinal)
    {
        ["bool"] = ["booleancheckbox", "calculation_equation"],
        ["enumeration"] = ["booleancheckbox", "checkbox", "radio", "select", "calculation_equation"],
        ["date"] = ["date"],
        ["datetime"] = ["date"],
        ["string"] = ["file", "text", "textarea", "calculation_equation", "html", "phonenumber"],
        ["number"] = ["number", "calculation_equation"],
        ["phone_number"] = ["phonenumber"],
    };

    public static PropertyDefinition Read(JsonElement body, DateTimeOffset now)
    {
        var name = Required(body, "name");
        if (!NamePattern().IsMatch(name))
        {
            throw ApiProblem.Validation($"Property name \"{name}\" is not valid: use lower-case letters, digits and underscores, starting with a letter.");
        }

        var label = Required(body, "label");
        var type = Required(body, "type");
        var fieldType = Required(body, "fieldType");
        var groupName = Required(body, "groupName");
        CheckPairing(type, fieldType);
        var options = ReadOptions(body, type);
        var displayOrder = -1;
        if (body.Member("displayOrder") is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } order
            && (order.ValueKind != JsonValueKind.Number || !order.TryGetInt32(out displayOrder)))
        {
            throw ApiProblem.Validation($"displayOrder must be a whole number, but was {order.GetRawText()}.");
        }
        using var json = JsonResponse.Build(writer =>
        {
            var stamp = WireFormat.Timestamp(now);
            writer.WriteStartObject();
            writer.WriteString("updatedAt", stamp);
            writer.WriteString("createdAt", stamp);
            writer.WriteString("name", name);
            writer.WriteString("label", label);
            writer.WriteString("type", type);
            writer.WriteString("fieldType", fieldType);
            writer.WriteString("description", body.StringMember("description") ?? "");
            writer.WriteString("groupName", groupName);
            writer.WritePropertyName("options");
            WriteOptions(writer, options);
            writer.WriteNumber("displayOrder", displayOrder);
            writer.WriteBoolean("calculated", false);
            writer.WriteBoolean("externalOptions", false);
            writer.WriteBoolean("hasUniqueValue", body.Member("hasUniqueValue").ValueKind == JsonValueKind.True);
            writer.WriteBoolean("hidden", body.Member("hidden").ValueKind == JsonValueKind.True);
            writer.WriteBoolean("hubspotDefined", false);
            writer.WriteStartObject("modificationMetadata");
            writer.WriteBoolean("archivable", true);
            writer.WriteBoolean("readOnlyDefinition", false);
            writer.WriteBoolean("readOnlyValue", false);
            writer.WriteEndObject();
            writer.WriteBoolean("formField", body.Member("formField").ValueKind == JsonValueKind.True);
            writer.WriteString("dataSensitivity", "non_sensitive");
            writer.WriteEndObject();
        });
        using var document = JsonDocument.Parse(json.WrittenMemory);
        return PropertyDefinitionReader.Read(document.RootElement, "POST /crm/v3/properties", definedThroughApi: true);
    }

    /// <summary>Writes options as HubSpot's <c>Option</c> array, in the order given.</summary>
    public static void WriteOptions(Utf8JsonWriter writer, IEnumerable<(string Label, string Value)> options)
    {
        writer.WriteStartArray();
        var order = 0;
        foreach (var (label, value) in options)
        {
            writer.WriteStartObject();
            writer.WriteString("label", label);
            writer.WriteString("value", value);
            writer.WriteNumber("displayOrder", order++);
            writer.WriteBoolean("hidden", false);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Rejects an unknown type, or a field type HubSpot does not pair with it.</summary>
    public static void CheckPairing(string type, string fieldType)
    {
        if (!FieldTypesByType.TryGetValue(type, out var fieldTypes))
        {
            throw ApiProblem.Validation($"Property type \"{type}\" is not valid. Use one of: {string.Join(", ", FieldTypesByType.Keys)}.");
        }

        if (!fieldTypes.Contains(fieldType))
        {
            throw ApiProblem.Validation($"Field type \"{fieldType}\" cannot be used with type \"{type}\". Use one of: {string.Join(", ", fieldTypes)}.");
        }
    }

    /// <summary>The body's <c>options</c> (label, value); an enumeration needs one, a bool gets Yes/No when it has none.</summary>
    public static List<(string Label, string Value)> ReadOptions(JsonElement body, string type)
    {
        var options = new List<(string, string)>();
        var list = body.Member("options");
        if (list.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in list.EnumerateArray())
            {
                var value = option.StringMember("value") ?? throw ApiProblem.Validation("Each option needs a \"value\".");
                options.Add((option.StringMember("label") ?? value, value));
            }
        }

        if (type == "enumeration" && options.Count == 0)
        {
            throw ApiProblem.Validation("An enumeration property needs at least one option ({\"label\",\"value\"}).");
        }

        if (type == "bool" && options.Count == 0)
        {
            options.Add(("Yes", "true"));
            options.Add(("No", "false"));
        }

        return options;
    }

    private static string Required(JsonElement body, string member) =>
        body.StringMember(member) is { Length: > 0 } value
            ? value
            : throw ApiProblem.Validation($"A property needs \"{member}\".");

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}
