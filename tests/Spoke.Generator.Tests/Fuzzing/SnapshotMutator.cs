using System.Text.Json;
using System.Text.Json.Nodes;

namespace Spoke.Generator.Tests.Fuzzing;

/// <summary>
/// Damages a snapshot the ways a hand edit, a truncated download or a future HubSpot response could (cut text, wrong value
/// types, nulls, duplicated and missing entries, duplicate keys, deep nesting), and names its properties, labels and options
/// the ways that break naming and escaping (<see cref="HostileNames"/>, and the names the generator gave the unmutated sample).
/// Deterministic for a given random source, so a failing case can be replayed from the seed in the failure message.
/// </summary>
internal sealed class SnapshotMutator(Random random, IReadOnlyList<string> generatedNames)
{
    private static readonly string[] s_keys = ["name", "type", "fieldType", "label", "description", "options", "value", "hidden",
        "calculated", "externalOptions", "modificationMetadata", "readOnlyValue", "results", "labels", "singular", "objectTypeId", "properties"];

    private static readonly string[] s_types = ["string", "number", "bool", "date", "datetime", "enumeration", "phone_number", "json",
        "object_coordinates", "", "String", "currency", "enumeration ", "\u0000"];

    private readonly Random _random = random;

    /// <summary>
    /// Applies one to three random edits to <paramref name="json"/> that name things badly, then, one time in three, damages it:
    /// damage first would leave most cases unparsable and so untouched by the naming edits.
    /// </summary>
    public string Mutate(string json)
    {
        for (var count = _random.Next(1, 4); count > 0; count--)
        {
            json = Apply(json, _random.Next(7) switch
            {
                0 => MutateTree,
                1 or 2 => text => Edit(text, RenameProperty),
                3 or 4 => text => Edit(text, Relabel),
                5 => text => Edit(text, RenameOption),
                _ => text => Edit(text, AddHostileProperties),
            });
        }

        return _random.Next(3) != 0 ? json : Apply(json, _random.Next(4) switch
        {
            0 => Truncate,
            1 => SpliceGarbage,
            2 => DeepNesting,
            _ => DuplicateKey,
        });
    }

    /// <summary>
    /// Applies one to three edits to a pipelines snapshot that name pipelines and stages badly (keywords, the pipelines class's own
    /// members, generated names, digits, "Pipeline" alone), repeat ids and labels, drop required fields and give metadata values
    /// that are no number or flag; then, one time in three, damages it.
    /// </summary>
    public string MutatePipelines(string json)
    {
        for (var count = _random.Next(1, 4); count > 0; count--)
        {
            json = Apply(json, _random.Next(5) switch
            {
                0 => MutateTree,
                1 or 2 => text => EditPipelines(text, RelabelPipelineOrStage),
                3 => text => EditPipelines(text, RepeatPipelineOrStage),
                _ => text => EditPipelines(text, HostileMetadata),
            });
        }

        return _random.Next(3) != 0 ? json : Apply(json, _random.Next(3) switch
        {
            0 => Truncate,
            1 => SpliceGarbage,
            _ => DuplicateKey,
        });
    }

    /// <summary>A name that collides with something: a keyword, a generated member or type, a variant of one, or awkward text.</summary>
    public string HostileName(IReadOnlyList<string> nearby) => _random.Next(6) switch
    {
        0 => Pick(HostileNames.Keywords),
        1 => Pick(HostileNames.GeneratedMembers),
        2 when generatedNames.Count > 0 => Pick(generatedNames),
        3 when nearby.Count > 0 => Pick([.. HostileNames.Variants(Pick(nearby))]),
        4 when generatedNames.Count > 0 => Pick([.. HostileNames.Variants(Pick(generatedNames))]),
        _ => Pick(HostileNames.Texts),
    };

    /// <summary>Text for a label or description: awkward Unicode and markup, sometimes around a name that collides.</summary>
    public string HostileText(IReadOnlyList<string> nearby) => _random.Next(3) switch
    {
        0 => Pick(HostileNames.Texts) + Pick(HostileNames.Texts),
        1 => HostileName(nearby),
        _ => Pick(HostileNames.Texts) + " " + HostileName(nearby) + Pick(HostileNames.Texts),
    };

    private static string Apply(string json, Func<string, string> mutation)
    {
        try
        {
            return mutation(json);
        }
        catch (Exception refused) when (refused is JsonException or ArgumentException or InvalidOperationException)
        {
            // JsonNode refuses what an earlier mutation did (a duplicate key, a lone surrogate): keep that damage as it is.
            return json;
        }
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

    private string Edit(string json, Action<JsonNode, List<JsonObject>> edit)
    {
        var root = Parse(json);
        var properties = Flatten(root).OfType<JsonObject>().Where(node => node["name"] is JsonValue && node["type"] is not null).ToList();
        if (properties.Count == 0)
        {
            return json;
        }

        edit(root, properties);
        return HostileNames.WithLoneSurrogates(root.ToJsonString());
    }

    private void RenameProperty(JsonNode root, List<JsonObject> properties)
    {
        var names = properties.Select(property => property["name"]!.ToString()).ToList();
        Pick(properties)["name"] = HostileName(names);
    }

    private void Relabel(JsonNode root, List<JsonObject> properties)
    {
        var texts = Flatten(root).OfType<JsonObject>().SelectMany(node => new[] { "label", "description", "singular" }.Where(node.ContainsKey).Select(key => (node, key))).ToList();
        var names = properties.Select(property => property["label"]?.ToString() ?? "").ToList();
        for (var count = _random.Next(1, 4); count > 0 && texts.Count > 0; count--)
        {
            var (node, key) = Pick(texts);
            node[key] = HostileText(names);
        }
    }

    private void RenameOption(JsonNode root, List<JsonObject> properties)
    {
        var options = properties.SelectMany(property => property["options"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (options.Count == 0)
        {
            return;
        }

        var labels = options.Select(option => option["label"]?.ToString() ?? "").ToList();
        var option = Pick(options);
        option[_random.Next(2) == 0 ? "label" : "value"] = HostileName(labels);
    }

    private void AddHostileProperties(JsonNode root, List<JsonObject> properties)
    {
        var names = properties.Select(property => property["name"]!.ToString()).ToList();
        for (var count = _random.Next(1, 5); count > 0; count--)
        {
            var template = Pick(properties);
            var added = template.DeepClone().AsObject();
            added["name"] = HostileName(names);
            added["label"] = HostileText(names);
            added["createdAt"] = null;
            if (_random.Next(2) == 0)
            {
                added["type"] = "enumeration";
                added["fieldType"] = _random.Next(3) == 0 ? "checkbox" : "select";
                added["options"] = new JsonArray([.. Enumerable.Range(0, _random.Next(1, 5)).Select(_ => (JsonNode)new JsonObject { ["label"] = HostileText(names), ["value"] = HostileName(names) })]);
            }

            (template.Parent as JsonArray)?.Add(added);
        }
    }

    private string EditPipelines(string json, Action<List<JsonObject>, List<JsonObject>> edit)
    {
        var root = Parse(json);
        var pipelines = (root["results"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var stages = pipelines.SelectMany(pipeline => pipeline["stages"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (pipelines.Count == 0)
        {
            return json;
        }

        edit(pipelines, stages);
        return HostileNames.WithLoneSurrogates(root.ToJsonString());
    }

    private void RelabelPipelineOrStage(List<JsonObject> pipelines, List<JsonObject> stages)
    {
        string[] pipelineWords = ["Pipeline", "Stage", "All", "Id", "Label", "DisplayOrder", "Stages", "1st", "Deal", "DealPipelines", "Ticket Pipelines", "Sales", "Sales Pipeline", "class", "Equals"];
        var target = stages.Count > 0 && _random.Next(2) == 0 ? Pick(stages) : Pick(pipelines);
        target["label"] = _random.Next(2) == 0 ? Pick(pipelineWords) : HostileText(generatedNames);
    }

    private void RepeatPipelineOrStage(List<JsonObject> pipelines, List<JsonObject> stages)
    {
        var stage = stages.Count > 0 && _random.Next(2) == 0;
        var template = stage ? Pick(stages) : Pick(pipelines);
        var copy = template.DeepClone().AsObject();
        switch (_random.Next(4))
        {
            case 0:
                copy["id"] = HostileName(generatedNames);
                break;
            case 1:
                copy.Remove(_random.Next(2) == 0 ? "id" : "label");
                break;
            case 2:
                copy["archived"] = true;
                break;
        }

        (template.Parent as JsonArray)?.Add(copy);
    }

    private void HostileMetadata(List<JsonObject> pipelines, List<JsonObject> stages)
    {
        if (stages.Count == 0)
        {
            return;
        }

        var metadata = Pick(stages)["metadata"] as JsonObject;
        if (metadata is null)
        {
            return;
        }

        metadata[Pick(["probability", "isClosed", "ticketState", "other"])] = _random.Next(3) == 0
            ? RandomValue()
            : JsonValue.Create(Pick(["abc", "2", "-0.1", "1e999", "maybe", "", "TRUE", "0.50", "NaN", "1,5"]));
    }

    private static JsonNode Parse(string json) => JsonNode.Parse(json) ?? throw new JsonException("The document is the literal null.");

    private string MutateTree(string json)
    {
        var root = Parse(json);
        var nodes = Flatten(root).ToList();

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

        return HostileNames.WithLoneSurrogates(root.ToJsonString());
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

    /// <summary>One of <paramref name="choices"/>, drawn from this mutator's random source.</summary>
    public T Pick<T>(IReadOnlyList<T> choices) => choices[_random.Next(choices.Count)];
}
