using System.Text.Json;
using System.Text.Json.Nodes;

namespace Spoke.Generator.Tests.Fixtures;

/// <summary>Builds snapshot JSON shaped like HubSpot's <c>GET /crm/v3/properties/{objectType}</c> body, for inputs written in a test.</summary>
internal static class SnapshotJson
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <summary>A snapshot body: <c>{"results":[…]}</c>.</summary>
    public static string Results(params IEnumerable<JsonObject> properties) =>
        new JsonObject { ["results"] = new JsonArray([.. properties]) }.ToJsonString(s_indented);

    /// <summary>One property definition with the fields HubSpot always sends.</summary>
    public static JsonObject Property(
        string name,
        string type = "string",
        string fieldType = "text",
        string? label = null,
        string description = "",
        IEnumerable<JsonObject>? options = null,
        bool readOnlyValue = false,
        bool calculated = false,
        bool externalOptions = false) =>
        new()
        {
            ["name"] = name,
            ["label"] = label ?? name,
            ["type"] = type,
            ["fieldType"] = fieldType,
            ["description"] = description,
            ["groupName"] = "testinformation",
            ["options"] = new JsonArray([.. options ?? []]),
            ["displayOrder"] = -1,
            ["calculated"] = calculated,
            ["externalOptions"] = externalOptions,
            ["hasUniqueValue"] = false,
            ["hidden"] = false,
            ["hubspotDefined"] = false,
            ["modificationMetadata"] = new JsonObject
            {
                ["archivable"] = true,
                ["readOnlyDefinition"] = false,
                ["readOnlyValue"] = readOnlyValue,
            },
            ["formField"] = false,
        };

    /// <summary>A single-select picklist property with the given options.</summary>
    public static JsonObject Picklist(string name, params IEnumerable<JsonObject> options) =>
        Property(name, "enumeration", "select", options: options);

    /// <summary>A <c>schemas.json</c> body: <c>{"results":[…]}</c> of custom object schemas.</summary>
    public static string Schemas(params IEnumerable<JsonObject> customObjects) =>
        new JsonObject { ["results"] = new JsonArray([.. customObjects]) }.ToJsonString(s_indented);

    /// <summary>One custom object schema, shaped like an item of <c>GET /crm/v3/schemas</c>.</summary>
    public static JsonObject CustomObject(string typeId, string name, string singular, params JsonObject[] properties) => new()
    {
        ["id"] = typeId[2..],
        ["objectTypeId"] = typeId,
        ["name"] = name,
        ["fullyQualifiedName"] = $"p1_{name}",
        ["labels"] = new JsonObject { ["singular"] = singular, ["plural"] = singular + "s" },
        ["requiredProperties"] = new JsonArray(),
        ["primaryDisplayProperty"] = properties.Length > 0 ? (string)properties[0]["name"]! : null,
        ["properties"] = new JsonArray([.. properties]),
        ["associations"] = new JsonArray(),
        ["archived"] = false,
    };

    /// <summary>Sets a property's label, for picklists, whose factory has no label parameter.</summary>
    public static JsonObject WithLabel(this JsonObject property, string label)
    {
        property["label"] = label;
        return property;
    }

    /// <summary>One picklist option.</summary>
    public static JsonObject Option(string label, string value, bool hidden = false) =>
        new() { ["label"] = label, ["value"] = value, ["description"] = "", ["displayOrder"] = 0, ["hidden"] = hidden };
}
