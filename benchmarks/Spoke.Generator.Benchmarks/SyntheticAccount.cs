using System.Text.Json.Nodes;

namespace Spoke.Generator.Benchmarks;

/// <summary>
/// A large account that no real snapshot matches: 10 standard objects with 1,000 properties each, cycling through
/// every HubSpot type and field type so that each emitter path carries its share. Deterministic.
/// </summary>
internal static class SyntheticAccount
{
    private static readonly string[] s_objects = ["contacts", "companies", "deals", "tickets", "products", "line_items", "quotes", "calls", "emails", "meetings"];

    private static readonly (string Type, string FieldType, int Options)[] s_shapes =
    [
        ("string", "text", 0), ("string", "textarea", 0), ("number", "number", 0), ("date", "date", 0), ("datetime", "date", 0),
        ("bool", "booleancheckbox", 2), ("enumeration", "select", 8), ("enumeration", "radio", 4), ("enumeration", "checkbox", 12),
        ("enumeration", "select", 0), ("phone_number", "phonenumber", 0), ("string", "html", 0),
    ];

    /// <summary>The snapshot files of the account.</summary>
    public static IReadOnlyList<(string FileName, string Json)> Create(int objects = 10, int propertiesPerObject = 1_000) =>
        [.. s_objects.Take(objects).Select(name => ($"{name}.json", Snapshot(name, propertiesPerObject)))];

    private static string Snapshot(string objectName, int properties) =>
        new JsonObject { ["results"] = new JsonArray([.. Enumerable.Range(0, properties).Select(index => Property(objectName, index))]) }.ToJsonString();

    private static JsonNode Property(string objectName, int index)
    {
        var (type, fieldType, options) = s_shapes[index % s_shapes.Length];
        return new JsonObject
        {
            ["name"] = $"custom_{objectName}_field_{index}",
            ["label"] = $"Custom {objectName} field {index}",
            ["type"] = type,
            ["fieldType"] = fieldType,
            ["description"] = $"Synthetic property {index} of {objectName}, used to measure generator throughput.",
            ["groupName"] = "synthetic",
            ["options"] = new JsonArray([.. Enumerable.Range(0, options).Select(option => Option(type, option))]),
            ["displayOrder"] = index,
            ["calculated"] = false,
            ["externalOptions"] = false,
            ["hidden"] = false,
            ["hubspotDefined"] = false,
            ["modificationMetadata"] = new JsonObject { ["archivable"] = true, ["readOnlyDefinition"] = false, ["readOnlyValue"] = index % 17 == 0 },
        };
    }

    private static JsonNode Option(string type, int option) => type == "bool"
        ? new JsonObject { ["label"] = option == 0 ? "Yes" : "No", ["value"] = option == 0 ? "true" : "false", ["displayOrder"] = option, ["hidden"] = false }
        : new JsonObject { ["label"] = $"Choice {option}", ["value"] = $"choice_{option}", ["displayOrder"] = option, ["hidden"] = option == 7 };
}
