using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Fuzzing;

/// <summary>
/// Thousands of seeded mutations of the real snapshots: the generator answers each with diagnostics, never an exception.
/// To replay a failure, the message names the seed; <see cref="SnapshotMutator"/> is deterministic per seed.
/// </summary>
public sealed class SnapshotFuzzTests
{
    private const int FirstSeed = 20_261_122;
    private const int Cases = 2_000;
    private const int CompileEvery = 400;
    private const int PropertiesPerSlice = 24;

    /// <summary>The most forgiving reading a generator could reasonably choose; only text that fails even this must be an error.</summary>
    private static readonly JsonDocumentOptions s_lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    [Fact]
    public void Damaged_snapshots_give_diagnostics_never_an_exception()
    {
        var samples = Samples();
        var sessions = samples.Select(sample => GeneratorSession.Start(GeneratorInput.ForSnapshots(sample))).ToList();
        for (var index = 0; index < Cases; index++)
        {
            var seed = FirstSeed + index;
            var (fileName, original) = samples[index % samples.Count];
            var mutated = new SnapshotMutator(seed).Mutate(original);

            // One driver per file, as in an IDE session where the file is edited again and again.
            var session = sessions[index % samples.Count];
            session.ReplaceFile(fileName, mutated);
            GeneratorRun run;
            try
            {
                run = session.RunGenerator();
                if (index % CompileEvery == 0)
                {
                    run.AssertOutputCompilesCleanly();
                }
            }
            catch (Exception failure)
            {
                throw new Xunit.Sdk.XunitException($"Seed {seed} on {fileName}: {failure.Message}");
            }

            if (!IsJson(mutated))
            {
                Assert.True(
                    run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path.EndsWith(fileName, StringComparison.Ordinal)),
                    $"Seed {seed} on {fileName}: the snapshot is not valid JSON but no error points into it.");
            }
        }
    }

    /// <summary>
    /// The small snapshots whole, and a slice of each large one, so that every kind of property HubSpot ships
    /// is mutated while a case stays a few milliseconds.
    /// </summary>
    private static List<(string FileName, string Json)> Samples() =>
        [.. SnapshotFiles.Shipped.Select(file => (file.FileName, file.Json.Length > 40_000 ? Slice(file.Json) : file.Json))];

    private static string Slice(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var results = root["results"]!.AsArray();
        var kept = results.Where((_, index) => index % (results.Count / PropertiesPerSlice) == 0).Select(node => node!.DeepClone());
        root["results"] = new JsonArray([.. kept]);
        return root.ToJsonString();
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, s_lenient);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
