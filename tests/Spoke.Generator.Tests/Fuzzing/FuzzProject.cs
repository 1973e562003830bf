using System.Text.Json.Nodes;
using Spoke.Generator.Tests.Harness;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Fuzzing;

/// <summary>
/// Builds the project of one fuzz case from its seed: the mutated sample (a pipelines snapshot with its object's properties), and often a second snapshot of the same object type
/// (in another case or folder), a <c>schemas.json</c> of custom objects named to collide with the sample's types and members,
/// and a <c>spoke.json</c> whose overrides use keywords, generated names and their variants. Deterministic per seed.
/// </summary>
internal static class FuzzProject
{
    private static readonly string[] s_standardNames = ["contacts", "companies", "deals", "tickets", "products", "line_items", "Contact", "Line Item", "Deal"];

    private static readonly string[] s_typeSuffixes = ["", "", "Extensions", "Input", "Fields", "Schema"];

    public static GeneratorInput Create(int seed, IReadOnlyList<FuzzSample> samples)
    {
        var random = new Random(seed);
        var sample = samples[random.Next(samples.Count)];
        var mutator = new SnapshotMutator(random, sample.GeneratedNames);
        var input = new GeneratorInput().WithFile(sample.FileName, sample.IsPipelines ? mutator.MutatePipelines(sample.Json) : mutator.Mutate(sample.Json));
        if (sample.Companion is { } companion)
        {
            // Usually the object's properties as HubSpot lists them; sometimes mutated, with the stage options listed, or missing.
            input = random.Next(8) switch
            {
                0 => input,
                1 => input.WithFile(companion.FileName, mutator.Mutate(companion.Json)),
                2 => input.WithFile(companion.FileName, WithListedStage(companion.Json, mutator, sample)),
                _ => input.WithFile(companion.FileName, companion.Json),
            };
        }

        if (random.Next(5) == 0)
        {
            input = input.WithFile(DuplicatePath(random, sample.FileName), random.Next(2) == 0 ? sample.Json : mutator.Mutate(sample.Json));
        }

        var customObjects = new List<(string Name, string TypeId)>();
        if (random.Next(5) < 2)
        {
            var path = sample.FileName == "schemas.json" ? mutator.Pick(["Schemas.json", "custom/schemas.json"]) : "schemas.json";
            input = input.WithFile(path, HostileSchemas(random, mutator, sample, customObjects));
        }

        if (random.Next(5) < 2)
        {
            input = input.WithFile("spoke.json", HostileOverrides(random, mutator, sample, customObjects));
        }

        return input;
    }

    private static string WithListedStage(string json, SnapshotMutator mutator, FuzzSample sample)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var property in root["results"]!.AsArray().OfType<JsonObject>().Where(property => property["name"]!.ToString() is "dealstage" or "hs_pipeline_stage"))
        {
            property["options"] = new JsonArray(Option(mutator.HostileText(sample.GeneratedNames), mutator.Pick(["closedwon", "1", "unknown", "Closed Won"])));
        }

        return root.ToJsonString();
    }

    private static string DuplicatePath(Random random, string fileName) => random.Next(4) switch
    {
        0 => char.ToUpperInvariant(fileName[0]) + fileName[1..],
        1 => Path.GetFileNameWithoutExtension(fileName).ToUpperInvariant() + ".json",
        2 => "old/" + fileName,
        _ => "a/b/" + fileName,
    };

    private static string HostileSchemas(Random random, SnapshotMutator mutator, FuzzSample sample, List<(string Name, string TypeId)> created)
    {
        var objects = new List<JsonObject>();
        for (var count = random.Next(1, 5); count > 0; count--)
        {
            var typeId = random.Next(8) == 0 ? mutator.Pick(["0-1", "0-3", "0-8"]) : "2-" + random.Next(1, 6);
            var name = random.Next(3) == 0 ? mutator.Pick(s_standardNames) : mutator.HostileName(sample.ObjectKeys);
            var singular = random.Next(5) switch
            {
                0 => mutator.Pick(s_standardNames),
                1 or 2 => mutator.Pick(sample.TypeNames) + mutator.Pick(s_typeSuffixes),
                3 => mutator.HostileName(sample.GeneratedNames),
                _ => mutator.HostileText(sample.GeneratedNames),
            };
            objects.Add(CustomObject(typeId, name, singular, [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => HostileProperty(random, mutator, sample))]));
            created.Add((name, typeId));
        }

        return HostileNames.WithLoneSurrogates(Schemas(objects));
    }

    private static JsonObject HostileProperty(Random random, SnapshotMutator mutator, FuzzSample sample)
    {
        var name = random.Next(3) == 0 ? mutator.Pick(sample.PropertyNames) : mutator.HostileName(sample.PropertyNames);
        if (random.Next(2) == 0)
        {
            return Property(name, label: mutator.HostileText(sample.GeneratedNames), description: mutator.HostileText([]));
        }

        var options = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Option(mutator.HostileText(sample.GeneratedNames), mutator.HostileName([])));
        return Picklist(name, options).WithLabel(mutator.HostileText(sample.GeneratedNames));
    }

    private static string HostileOverrides(Random random, SnapshotMutator mutator, FuzzSample sample, List<(string Name, string TypeId)> customObjects)
    {
        var keys = sample.ObjectKeys.Concat(sample.ObjectKeys.SelectMany(HostileNames.Variants)).Concat(customObjects.SelectMany(custom => new[] { custom.Name, custom.TypeId })).ToList();
        var objects = new JsonObject();
        for (var count = random.Next(1, 3); count > 0; count--)
        {
            var entry = new JsonObject();
            if (random.Next(2) == 0)
            {
                entry["typeName"] = TypeName(random, mutator, sample);
            }

            if (random.Next(12) == 0)
            {
                entry["exclude"] = true;
            }

            var properties = new JsonObject();
            for (var property = random.Next(0, 5); property > 0; property--)
            {
                properties[mutator.Pick(sample.PropertyNames)] = PropertyOverride(random, mutator, sample);
            }

            entry["properties"] = properties;
            objects[mutator.Pick(keys)] = entry;
        }

        return HostileNames.WithLoneSurrogates(new JsonObject { ["objects"] = objects }.ToJsonString());
    }

    private static JsonObject PropertyOverride(Random random, SnapshotMutator mutator, FuzzSample sample)
    {
        var entry = new JsonObject();
        if (random.Next(2) == 0)
        {
            entry["name"] = mutator.HostileName(sample.GeneratedNames);
        }

        if (random.Next(2) == 0)
        {
            entry["enumName"] = TypeName(random, mutator, sample);
        }

        if (random.Next(2) == 0 && sample.Options.Count > 0)
        {
            var options = new JsonObject();
            for (var count = random.Next(1, 4); count > 0; count--)
            {
                options[mutator.Pick(sample.Options).Value] = mutator.HostileName(sample.GeneratedNames);
            }

            entry["options"] = options;
        }

        if (random.Next(15) == 0)
        {
            entry["exclude"] = true;
        }

        return entry;
    }

    // Another object's type, one of its own members, a keyword, or a name of lower-case letters only.
    private static string TypeName(Random random, SnapshotMutator mutator, FuzzSample sample) => random.Next(4) switch
    {
        0 => mutator.Pick(sample.TypeNames) + mutator.Pick(s_typeSuffixes),
        1 => mutator.Pick(HostileNames.GeneratedMembers),
        2 => mutator.Pick(HostileNames.Keywords),
        _ => mutator.HostileName(sample.GeneratedNames).ToLowerInvariant(),
    };
}
