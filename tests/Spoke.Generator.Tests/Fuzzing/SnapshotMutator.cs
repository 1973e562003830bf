using System.Text.Json;
using System.Text.Json.Nodes;

namespace Spoke.Generator.Tests.Fuzzing;

/// <summary>
/// Damages a snapshot the ways a hand edit, a truncated download or a future HubSpot response could:
/// cut text, wrong value types, nulls, duplicated and missing entries, duplicate keys, deep nesting.
/// Deterministic for a given seed, so a failing case can be replayed from the seed in the failure message.
/// </summary>
internal sealed class SnapshotMutator(int seed)
{
    private static readonly string[] s_keys = ["name", "type", "fieldType", "label", "description", "options", "value", "hidden",
        "calculated", "externalOptions", "modificationMetadata", "readOnlyValue", "results", "labels", "singular", "objectTypeId", "properties"];

    private static readonly string[] s_types = ["string", "number", "bool", "date", "datetime", "enumeration", "phone_number", "json",
        "object_coordinates", "", "String", "currency", "enumeration ", "\u0000"];

    private readonly Random _random = new(seed);

    /// <summary>Applies one to three random mutations to <paramref name="json"/>.</summary>
    public string Mutate(string json)
    {
        for (var count = _random.Next(1, 4); count > 0; count--)
        {
            json = _random.Next(10) switch
            {
                0 => Truncate(json),
                1 => SpliceGarbage(json),
                2 => DeepNesting(json),
                3 => DuplicateKey(json),
                _ => MutateTree(json),
            };
        }

        return json;
    }

    private string Truncate(string json) => json[.._random.Next(json.Length + 1)];

    private string SpliceGarbage(string json)
    {
        string[] garbage = ["{", "}", "[", "]", ",", ":", "\"", "null", "\\u", "\uFEFF", "\u2028", "/*", "𝄞", "\"\":", "1e999"];
        var at = _random.Next(json.Length + 1);
        return json[..at] + Pick(garbage) + json[at..];
    }

    private string DeepNesting(string json)
    {
        var depth = _random.Next(60, 5_000);
        var nested = new string('[', depth) + new string(']', depth);
        var at = json.IndexOf("\"options\":", StringComparison.Ordinal);
        return at < 0 ? nested : json[..(at + 10)] + nested + json[(json.IndexOf(']', at) + 1)..];
    }

    private string DuplicateKey(string json)
    {
        var key = Pick(s_keys);
        var at = json.IndexOf($"\"{key}\":", StringComparison.Ordinal);
        return at < 0 ? json : json[..at] + $"\"{key}\": {RandomValue()?.ToJsonString() ?? "null"}, " + json[at..];
    }

    private string MutateTree(string json)
    {
        JsonNode root;
        List<JsonNode> nodes;
        try
        {
            root = JsonNode.Parse(json) ?? throw new JsonException("The document is the literal null.");
            nodes = [.. Flatten(root)];
        }
        catch (Exception invalid) when (invalid is JsonException or ArgumentException)
        {
            // JsonNode refuses what an earlier mutation did (invalid JSON, a duplicate key): keep that damage as it is.
            return json;
        }

        var target = nodes[_random.Next(nodes.Count)];
        switch (_random.Next(6))
        {
            case 0 when target.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                break;
            case 1 when target.Parent is JsonArray array:
                array.Insert(array.IndexOf(target), target.DeepClone());
                break;
            case 2 when target is JsonObject property && property.ContainsKey("type"):
                property["type"] = Pick(s_types);
                break;
            case 3 when target is JsonObject property && property.ContainsKey("name"):
                property["name"] = Pick(["", " ", "class", "email2", "email_2", "Id", "\u202E", "a.b", "1st", "ÿ", "__", "results"]);
                break;
            default:
                Replace(target, RandomValue());
                break;
        }

        return root.ToJsonString();
    }

    private JsonNode? RandomValue() => _random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(-5, 5)),
        2 => JsonValue.Create(_random.Next(2) == 0),
        3 => JsonValue.Create(Pick(["", "*/", "</summary>", "<script>", "\u2028", "a;b", "Yes", "9999999999999999999999"])),
        4 => new JsonArray(),
        5 => new JsonObject(),
        6 => JsonValue.Create(1.5e300),
        _ => new JsonArray(JsonValue.Create("x"), null, new JsonObject { ["value"] = null }),
    };

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[array.IndexOf(target)] = replacement;
                break;
        }
    }

    private static IEnumerable<JsonNode> Flatten(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject item => item.Select(pair => pair.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Flatten))
        {
            yield return child;
        }
    }

    private T Pick<T>(IReadOnlyList<T> choices) => choices[_random.Next(choices.Count)];
}
