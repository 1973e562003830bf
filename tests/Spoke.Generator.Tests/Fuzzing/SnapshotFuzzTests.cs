using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Harness;
using Xunit.Abstractions;

namespace Spoke.Generator.Tests.Fuzzing;

/// <summary>
/// Seeded mutations of the real snapshots, aimed at parsing and at naming (<see cref="FuzzProject"/>): the generator answers each
/// with diagnostics, never an exception, and what it generates compiles with no error and no warning, nullable and documentation
/// checks on, and its metadata can be written. A fixed seed range runs every time, plus a block from one random seed per run.
/// A failure names its seed; set <see cref="SeedVariable"/> to it to run that block first.
/// </summary>
public sealed class SnapshotFuzzTests(ITestOutputHelper output)
{
    /// <summary>The environment variable that replaces the random seed, to replay a failure.</summary>
    public const string SeedVariable = "SPOKE_FUZZ_SEED";

    private const int FirstSeed = 20_261_122;
    private const int FixedCases = 300;
    private const int RandomCases = 60;
    private const int Workers = 2;

    /// <summary>The most forgiving reading a generator could reasonably choose; only text that fails even this must be an error.</summary>
    private static readonly JsonDocumentOptions s_lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Generator diagnostics that are about the build rather than a file, so they have no location.</summary>
    private static readonly string[] s_unlocated = ["SPOKE010", "SPOKE201"];

    /// <summary>
    /// What the fixed seed range must provoke, so that a change to the mutator cannot quietly stop covering a class of input:
    /// broken JSON and shapes, duplicate snapshots, member and type collisions, names with nothing usable, unusable overrides, and
    /// broken pipelines snapshots (unreadable pipelines and stages, repeated ids, no stage property, stages the options do not list).
    /// </summary>
    private static readonly string[] s_provoked = ["SPOKE001", "SPOKE003", "SPOKE005", "SPOKE011", "SPOKE012", "SPOKE013", "SPOKE014", "SPOKE015", "SPOKE101", "SPOKE102", "SPOKE103", "SPOKE203", "SPOKE204"];

    [Fact]
    public void Mutated_snapshots_and_overrides_give_diagnostics_and_code_without_a_warning()
    {
        var randomSeed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } chosen
            ? int.Parse(chosen, CultureInfo.InvariantCulture)
            : Random.Shared.Next(0, int.MaxValue - RandomCases);
        output.WriteLine($"Random seed block this run: {randomSeed} (replay with {SeedVariable}={randomSeed}).");
        var seeds = Enumerable.Range(randomSeed, RandomCases).Concat(Enumerable.Range(FirstSeed, FixedCases)).ToList();
        var samples = FuzzSample.All;
        var failures = new ConcurrentBag<(int Seed, string Message)>();
        var provoked = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        // One driver per worker, fed case after case, as in an IDE session where files are edited, added and removed again and again.
        Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, worker =>
        {
            GeneratorSession? session = null;
            for (var index = worker; index < seeds.Count; index += Workers)
            {
                var seed = seeds[index];
                var input = FuzzProject.Create(seed, samples);
                try
                {
                    if (session is null)
                    {
                        session = GeneratorSession.Start(input, trackSteps: false);
                    }
                    else
                    {
                        session.ReplaceFiles(input);
                    }

                    var run = session.RunGenerator();
                    Check(input, run);
                    if (seed >= FirstSeed && seed < FirstSeed + FixedCases)
                    {
                        foreach (var id in run.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct())
                        {
                            provoked.AddOrUpdate(id, 1, (_, count) => count + 1);
                        }
                    }
                }
                catch (Exception failure)
                {
                    failures.Add((seed, $"Seed {seed} ({string.Join(", ", input.AdditionalFiles.Keys.Select(path => Path.GetRelativePath(GeneratorInput.SnapshotDirectory, path)))}): {failure.Message}"));
                    session = null;
                }
            }
        });

        output.WriteLine($"Cases that provoked each diagnostic: {string.Join(", ", provoked.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"))}.");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine + Environment.NewLine, failures.OrderBy(failure => failure.Seed).Take(5).Select(failure => failure.Message)));
        Assert.All(s_provoked, id => Assert.True(provoked.ContainsKey(id), $"No case of the fixed seed range provoked {id}."));
    }

    private static void Check(GeneratorInput input, GeneratorRun run)
    {
        run.AssertOutputCompilesCleanly();
        run.AssertOutputMetadataEmits();
        foreach (var (path, content) in input.AdditionalFiles)
        {
            if (content is not null && !IsJson(content))
            {
                Assert.True(
                    run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == path),
                    $"{path} is not valid JSON but no error points into it.");
            }
        }

        var unlocated = run.Diagnostics.Where(d => !s_unlocated.Contains(d.Id) && !input.AdditionalFiles.ContainsKey(d.Location.GetLineSpan().Path)).ToList();
        Assert.True(unlocated.Count == 0, $"Diagnostics without a place in a file: {GeneratorRun.Describe(unlocated)}");
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
