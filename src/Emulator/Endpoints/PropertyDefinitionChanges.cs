using System.Text.Json;
using System.Text.Json.Nodes;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// New states of a property definition: one changed by a <c>PropertyUpdate</c> body (label, description, group, type
/// and field type, options, display order, hidden, form field, formula), and one archived.
/// </summary>
internal static class PropertyDefinitionChanges
{
    /// <summary>The definition with the body's members applied; HubSpot-defined definitions that are read-only refuse.</summary>
    public static PropertyDefinition Update(ObjectTypeDefinition type, PropertyDefinition property, JsonElement body, DateTimeOffset now)
    {
        if (property.IsReadOnlyDefinition)
        {
            throw ApiProblem.Validation($"The definition of {property.Name} on {type.Name} is read-only (HubSpot-defined); it cannot be changed.");
        }

        var json = JsonNode.Parse(property.Json)!.AsObject();
        foreach (var name in (string[])["label", "groupName"])
        {
            if (Text(body, name) is { } text)
            {
                json[name] = text.Length > 0 ? text : throw ApiProblem.Validation($"\"{name}\" cannot be empty.");
            }
        }

        foreach (var name in (string[])["description", "calculationFormula"])
        {
            if (Text(body, name) is { } text)
            {
                json[name] = text;
            }
        }

        var propertyType = Text(body, "type") ?? (string)json["type"]!;
        var fieldType = Text(body, "fieldType") ?? (string)json["fieldType"]!;
        var typeChanged = propertyType != (string?)json["type"] || fieldType != (string?)json["fieldType"];
        if (typeChanged)
        {
            PropertyCreateReader.CheckPairing(propertyType, fieldType);
            json["type"] = propertyType;
            json["fieldType"] = fieldType;
        }

        if (body.Member("options").ValueKind == JsonValueKind.Array || typeChanged)
        {
            using var options = JsonResponse.Build(w => PropertyCreateReader.WriteOptions(w, PropertyCreateReader.ReadOptions(body, propertyType)));
            json["options"] = JsonNode.Parse(options.WrittenMemory.Span);
        }

        if (body.Member("displayOrder") is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } order)
        {
            json["displayOrder"] = order.ValueKind == JsonValueKind.Number && order.TryGetInt32(out var displayOrder)
                ? displayOrder
                : throw ApiProblem.Validation($"displayOrder must be a whole number, but was {order.GetRawText()}.");
        }

        foreach (var name in (string[])["hidden", "formField"])
        {
            if (body.Member(name) is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } flag)
            {
                json[name] = flag.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? flag.GetBoolean()
                    : throw ApiProblem.Validation($"\"{name}\" must be true or false, but was {flag.GetRawText()}.");
            }
        }

        json["updatedAt"] = WireFormat.Timestamp(now);
        return Reread(json, "PATCH /crm/v3/properties");
    }

    /// <summary>The definition archived at <paramref name="now"/>.</summary>
    public static PropertyDefinition Archive(PropertyDefinition property, DateTimeOffset now)
    {
        var json = JsonNode.Parse(property.Json)!.AsObject();
        json["archived"] = true;
        json["archivedAt"] = WireFormat.Timestamp(now);
        json["updatedAt"] = WireFormat.Timestamp(now);
        return Reread(json, "DELETE /crm/v3/properties");
    }

    private static string? Text(JsonElement body, string name) => body.Member(name) switch
    {
        { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString()!,
        var other => throw ApiProblem.Validation($"\"{name}\" must be text, but was {other.GetRawText()}."),
    };

    private static PropertyDefinition Reread(JsonObject json, string source)
    {
        using var document = JsonDocument.Parse(json.ToJsonString(new JsonSerializerOptions { Encoder = JsonResponse.RelaxedEncoder }));
        return PropertyDefinitionReader.Read(document.RootElement, source, definedThroughApi: true);
    }
}
