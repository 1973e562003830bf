using System.Text.Json.Nodes;

namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>Builds small property snapshots for tests.</summary>
public static class SnapshotJson
{
    public static JsonObject Property(
        string name, string type = "string", string fieldType = "text", bool readOnly = false, bool calculated = false, params (string Value, string Label)[] options) =>
        new()
        {
            ["name"] = name,
            ["label"] = name,
            ["type"] = type,
            ["fieldType"] = fieldType,
            ["groupName"] = "test",
            ["options"] = new JsonArray([.. options.Select(option => (JsonNode)new JsonObject { ["label"] = option.Label, ["value"] = option.Value, ["hidden"] = false })]),
            ["calculated"] = calculated,
            ["modificationMetadata"] = new JsonObject { ["archivable"] = true, ["readOnlyDefinition"] = false, ["readOnlyValue"] = readOnly },
        };

    public static byte[] Results(params JsonObject[] properties) =>
        System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["results"] = new JsonArray([.. properties]) }.ToJsonString());

    public static byte[] CustomObjects(params (string Name, JsonObject[] Properties)[] objects) =>
        System.Text.Encoding.UTF8.GetBytes(new JsonObject
        {
            ["results"] = new JsonArray([.. objects.Select(o => (JsonNode)new JsonObject
            {
                ["name"] = o.Name,
                ["objectTypeId"] = "2-" + o.Name.Length,
                ["properties"] = new JsonArray([.. o.Properties]),
            })]),
        }.ToJsonString());
}
