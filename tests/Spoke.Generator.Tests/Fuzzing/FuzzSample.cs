using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Fuzzing;

/// <summary>
/// One snapshot the fuzz test starts from, with what a mutation needs to aim at collisions: the keys an override can use for its
/// object types, its property names and option values, and every type and member name the generator gave it unmutated.
/// </summary>
/// <param name="Companion">
/// For a pipelines snapshot, the properties snapshot of its object type, which the case usually includes unmutated.
/// </param>
internal sealed record FuzzSample(
    string FileName,
    string Json,
    (string FileName, string Json)? Companion,
    IReadOnlyList<string> ObjectKeys,
    IReadOnlyList<string> PropertyNames,
    IReadOnlyList<(string Property, string Value)> Options,
    IReadOnlyList<string> TypeNames,
    IReadOnlyList<string> GeneratedNames)
{
    private const int PropertiesPerSlice = 16;
    private const int SliceAbove = 40_000;

    private static readonly Dictionary<string, string> s_typeIds = new(StringComparer.Ordinal)
    {
        ["contacts"] = "0-1", ["companies"] = "0-2", ["deals"] = "0-3", ["tickets"] = "0-5", ["products"] = "0-7", ["line_items"] = "0-8",
    };

    /// <summary>
    /// The shipped snapshots (a slice of each large one, so that every kind of property HubSpot ships is mutated while a case
    /// stays small; each pipelines snapshot with a small properties snapshot of its object type) and the products fixture, which
    /// has one property of every type.
    /// </summary>
    public static IReadOnlyList<FuzzSample> All { get; } =
        [.. SnapshotFiles.Shipped.Append((FileName: "products.json", Json: SnapshotFiles.Products))
            .Select(file => Create(file.FileName, file.Json.Length > SliceAbove ? Slice(file.Json) : file.Json))];

    /// <summary>Whether the sample is a pipelines snapshot (<c>{objectType}.pipelines.json</c>).</summary>
    public bool IsPipelines => Companion is not null;

    private static FuzzSample Create(string fileName, string json)
    {
        if (fileName.EndsWith(".pipelines.json", StringComparison.Ordinal))
        {
            var companion = fileName == "deals.pipelines.json" ? ("deals.json", PipelinesJson.DealsProperties) : ("tickets.json", PipelinesJson.TicketsProperties);
            var ofCompanion = Create(companion.Item1, companion.Item2);
            var generated = GeneratorHarness.Run(GeneratorInput.ForSnapshots((fileName, json), companion)).OutputCompilation
                .GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().ToList();
            return ofCompanion with
            {
                FileName = fileName,
                Json = json,
                Companion = companion,
                GeneratedNames = Sorted(generated.Select(type => type.Name).Concat(generated.SelectMany(type => type.GetMembers()).Where(member => member.CanBeReferencedByName).Select(member => member.Name))),
            };
        }

        var root = JsonNode.Parse(json)!;
        var objectName = Path.GetFileNameWithoutExtension(fileName);
        var schemas = root["results"]!.AsArray().OfType<JsonObject>().Where(item => item.ContainsKey("objectTypeId")).ToList();
        List<string> keys = schemas.Count > 0
            ? [.. schemas.SelectMany(schema => new[] { schema["name"]!.ToString(), schema["objectTypeId"]!.ToString() })]
            : [objectName, s_typeIds[objectName]];
        var properties = schemas.Count > 0
            ? schemas.SelectMany(schema => schema["properties"]!.AsArray()).OfType<JsonObject>().ToList()
            : [.. root["results"]!.AsArray().OfType<JsonObject>()];
        var options = properties
            .SelectMany(property => (property["options"]?.AsArray() ?? []).OfType<JsonObject>().Select(option => (property["name"]!.ToString(), option["value"]!.ToString())))
            .ToList();
        // The names to collide with: every type in the generated namespace and every member those types declare.
        var types = GeneratorHarness.Run(GeneratorInput.ForSnapshots((fileName, json))).OutputCompilation
            .GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().ToList();
        var members = types.SelectMany(type => type.GetMembers()).Where(member => member.CanBeReferencedByName).Select(member => member.Name);
        return new FuzzSample(
            fileName,
            json,
            null,
            keys,
            [.. properties.Select(property => property["name"]!.ToString())],
            options,
            Sorted(types.Select(type => type.Name)),
            Sorted(types.Select(type => type.Name).Concat(members)));
    }

    private static string[] Sorted(IEnumerable<string> names) => [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Slice(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var results = root["results"]!.AsArray();
        var kept = results.Where((_, index) => index % (results.Count / PropertiesPerSlice) == 0).Select(node => node!.DeepClone());
        root["results"] = new JsonArray([.. kept]);
        return root.ToJsonString();
    }
}
