using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Model;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Incremental;

/// <summary>
/// The generator does work only for what changed: proven with Roslyn's tracked steps on a second run of the same driver, every
/// step named by its <see cref="TrackingNames"/> constant and each of its outputs by the file or object type it describes.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const IncrementalStepRunReason Cached = IncrementalStepRunReason.Cached;
    private const IncrementalStepRunReason Unchanged = IncrementalStepRunReason.Unchanged;
    private const IncrementalStepRunReason Modified = IncrementalStepRunReason.Modified;

    private static GeneratorInput Input() => GeneratorInput.ForSnapshots(
        ("tickets.json", SnapshotFiles.ShippedFile("tickets.json")),
        ("tickets.pipelines.json", SnapshotFiles.ShippedFile("tickets.pipelines.json")),
        ("deals.json", PipelinesJson.DealsProperties),
        ("deals.pipelines.json", SnapshotFiles.ShippedFile("deals.pipelines.json")),
        ("schemas.json", SnapshotFiles.ShippedFile("schemas.json")),
        ("products.json", SnapshotFiles.Products));

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var session = GeneratorSession.Start(Input().WithSource("namespace App; internal sealed class Existing { }"));
        session.Run();

        session.AddSource("namespace App; internal static class Unrelated { public static int Value => 1; }");
        var rerun = session.RunGenerator();

        ExpectedReasons.Assert(rerun, EveryStep(ExpectedReasons.All(Cached)));
        AssertSourceOutputs(rerun, Cached);
    }

    [Fact]
    public void A_whitespace_and_key_order_only_snapshot_edit_re_emits_nothing()
    {
        var session = GeneratorSession.Start(Input());
        var first = session.Run();

        session.ReplaceFile("tickets.json", Reformat(SnapshotFiles.ShippedFile("tickets.json")));
        var rerun = session.RunGenerator();

        ExpectedReasons.Assert(rerun, EveryStep(ExpectedReasons.All(Cached), new()
        {
            // The file's text and positions changed, so it is read again; its object compares equal, so nothing downstream runs.
            [TrackingNames.SnapshotFiles] = ExpectedReasons.Only("tickets.json", Modified, otherwise: Cached),
            [TrackingNames.ReadSnapshots] = ExpectedReasons.Only("tickets.json", Modified, otherwise: Cached),
            [TrackingNames.Objects] = ExpectedReasons.Only("tickets", Unchanged, otherwise: Cached),
            [TrackingNames.Diagnostics] = ExpectedReasons.Only("tickets.json", Unchanged, otherwise: Cached),
        }));
        AssertSourceOutputs(rerun, Cached);
        Assert.Equal(Texts(first), Texts(rerun));
    }

    [Fact]
    public void A_whitespace_and_key_order_only_pipelines_edit_re_emits_nothing()
    {
        var session = GeneratorSession.Start(Input());
        var first = session.Run();

        session.ReplaceFile("tickets.pipelines.json", Reformat(SnapshotFiles.ShippedFile("tickets.pipelines.json")));
        var rerun = session.RunGenerator();

        ExpectedReasons.Assert(rerun, EveryStep(ExpectedReasons.All(Cached), new()
        {
            [TrackingNames.SnapshotFiles] = ExpectedReasons.Only("tickets.pipelines.json", Modified, otherwise: Cached),
            [TrackingNames.ReadSnapshots] = ExpectedReasons.Only("tickets.pipelines.json", Modified, otherwise: Cached),
            [TrackingNames.PipelineSchemas] = ExpectedReasons.Only("tickets.pipelines", Unchanged, otherwise: Cached),
            [TrackingNames.Diagnostics] = ExpectedReasons.Only("tickets.pipelines.json", Unchanged, otherwise: Cached),
        }));
        AssertSourceOutputs(rerun, Cached);
        Assert.Equal(Texts(first), Texts(rerun));
    }

    [Fact]
    public void Changing_one_snapshot_re_emits_only_that_objects_files()
    {
        var session = GeneratorSession.Start(Input());
        var first = session.Run();

        var tickets = JsonNode.Parse(SnapshotFiles.ShippedFile("tickets.json"))!;
        tickets["results"]!.AsArray().Add(SnapshotJson.Property("escalation_reason", label: "Escalation reason"));
        session.ReplaceFile("tickets.json", tickets.ToJsonString());
        var rerun = session.RunGenerator();

        ExpectedReasons.Assert(rerun, EveryStep(ExpectedReasons.All(Cached), new()
        {
            [TrackingNames.SnapshotFiles] = ExpectedReasons.Only("tickets.json", Modified, otherwise: Cached),
            [TrackingNames.ReadSnapshots] = ExpectedReasons.Only("tickets.json", Modified, otherwise: Cached),
            [TrackingNames.Objects] = ExpectedReasons.Only("tickets", Modified, otherwise: Cached),
            // Names are allocated across the account, so the account model is rebuilt; only the tickets model differs.
            [TrackingNames.Account] = ExpectedReasons.All(Modified),
            [TrackingNames.Models] = ExpectedReasons.Only("tickets", Modified, otherwise: Unchanged),
            [TrackingNames.Pipelines] = ExpectedReasons.All(Unchanged),
            [TrackingNames.Diagnostics] = ExpectedReasons.All(Unchanged),
        }));
        var changedFiles = ChangedFiles(first, rerun);
        Assert.NotEmpty(changedFiles);
        Assert.All(changedFiles, hint => Assert.StartsWith("tickets.", hint, StringComparison.Ordinal));
        Assert.DoesNotContain("tickets.pipelines.TicketPipelines.g.cs", changedFiles);
    }

    [Fact]
    public void Changing_one_pipelines_snapshots_metadata_re_emits_only_that_objects_pipelines()
    {
        var session = GeneratorSession.Start(Input());
        var first = session.Run();

        var deals = JsonNode.Parse(SnapshotFiles.ShippedFile("deals.pipelines.json"))!;
        deals["results"]![0]!["stages"]![4]!["metadata"]!["probability"] = "0.95";
        session.ReplaceFile("deals.pipelines.json", deals.ToJsonString());
        var rerun = session.RunGenerator();

        ExpectedReasons.Assert(rerun, EveryStep(ExpectedReasons.All(Cached), new()
        {
            [TrackingNames.SnapshotFiles] = ExpectedReasons.Only("deals.pipelines.json", Modified, otherwise: Cached),
            [TrackingNames.ReadSnapshots] = ExpectedReasons.Only("deals.pipelines.json", Modified, otherwise: Cached),
            [TrackingNames.PipelineSchemas] = ExpectedReasons.Only("deals.pipelines", Modified, otherwise: Cached),
            [TrackingNames.Account] = ExpectedReasons.All(Modified),
            // A probability is no part of the deal's record, input, fields or enum: only the pipelines class is emitted again.
            [TrackingNames.Models] = ExpectedReasons.All(Unchanged),
            [TrackingNames.Pipelines] = ExpectedReasons.Only("deals.pipelines", Modified, otherwise: Unchanged),
            [TrackingNames.Diagnostics] = ExpectedReasons.All(Unchanged),
        }));
        Assert.Equal(["deals.pipelines.DealPipelines.g.cs"], ChangedFiles(first, rerun));
        Assert.Contains("0.95m", rerun.SourceOf("deals.pipelines.DealPipelines.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_added_in_hubspot_re_emits_that_objects_stage_enum_and_pipelines_only()
    {
        var session = GeneratorSession.Start(Input());
        var first = session.Run();

        var tickets = JsonNode.Parse(SnapshotFiles.ShippedFile("tickets.pipelines.json"))!;
        tickets["results"]![0]!["stages"]!.AsArray().Add(PipelinesJson.Stage("5", "Escalated", "ticketState", "OPEN"));
        session.ReplaceFile("tickets.pipelines.json", tickets.ToJsonString());
        var rerun = session.RunGenerator();

        // The stage enum gains a member and the pipelines class a stage; the record, input and fields only name the enum.
        Assert.Equal(["tickets.TicketPipelineStage.g.cs", "tickets.pipelines.TicketPipelines.g.cs"], ChangedFiles(first, rerun));
        Assert.Contains("Escalated", rerun.SourceOf("tickets.pipelines.TicketPipelines.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_account_model_is_built_once_and_both_the_models_and_the_diagnostics_read_it()
    {
        var run = GeneratorHarness.Run(Input());

        var account = Assert.Single(run.TrackedSteps[TrackingNames.Account]);
        Assert.IsType<AccountModel>(Assert.Single(account.Outputs).Value);
        Assert.All(run.TrackedSteps[TrackingNames.Models], step => Assert.True(ReadsFrom(step, account), "A model was not taken from the Account step."));
        Assert.All(run.TrackedSteps[TrackingNames.Diagnostics], step => Assert.True(ReadsFrom(step, account), "A snapshot's diagnostics were not made from the Account step's model."));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_compilation_syntax_node_source_text_or_location()
    {
        var run = GeneratorHarness.Run(Input());

        var leaks = StepReasons.OwnStepOutputs(run)
            .Select(output => (output.Step, Leak: RoslynObjectWalker.FindRoslynObject(output.Value)))
            .Where(found => found.Leak is not null).ToList();
        Assert.Equal(ExpectedReasons.AllStepNames, StepReasons.OwnStepOutputs(run).Select(output => output.Step).Distinct().Order(StringComparer.Ordinal));
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Select(found => $"{found.Step}: {found.Leak}")));
    }

    [Fact]
    public void Two_independent_runs_build_equal_models()
    {
        var first = GeneratorSession.Start(Input()).RunGenerator();
        var second = GeneratorSession.Start(Input()).RunGenerator();

        var firstOutputs = StepReasons.OwnStepOutputs(first).ToList();
        var secondOutputs = StepReasons.OwnStepOutputs(second).ToList();

        Assert.Equal(firstOutputs.Select(output => output.Step), secondOutputs.Select(output => output.Step));
        for (var index = 0; index < firstOutputs.Count; index++)
        {
            var (step, value, _) = firstOutputs[index];
            Assert.True(
                Equals(value, secondOutputs[index].Value) && value?.GetHashCode() == secondOutputs[index].Value?.GetHashCode(),
                $"Step {step}, output {index}: two runs over the same input built unequal values. Is a collection not wrapped in an equatable array?");
        }
    }

    private static Dictionary<string, ExpectedReasons> EveryStep(ExpectedReasons otherwise, Dictionary<string, ExpectedReasons>? these = null)
    {
        var all = ExpectedReasons.AllStepNames.ToDictionary(step => step, _ => otherwise);
        foreach (var (step, expected) in these ?? [])
        {
            all[step] = expected;
        }

        return all;
    }

    private static void AssertSourceOutputs(GeneratorRun run, IncrementalStepRunReason reason)
    {
        var other = StepReasons.SourceOutputs(run).Where(output => output.Reason != reason).ToList();
        Assert.True(other.Count == 0, StepReasons.Describe(other));
    }

    private static bool ReadsFrom(IncrementalGeneratorRunStep step, IncrementalGeneratorRunStep source) =>
        step.Inputs.Any(input => ReferenceEquals(input.Source, source) || ReadsFrom(input.Source, source));

    private static List<string> ChangedFiles(GeneratorRun first, GeneratorRun rerun) =>
        [.. first.Sources.Join(rerun.Sources, source => source.HintName, source => source.HintName, (before, after) => (before.HintName, Same: before.SourceText.ContentEquals(after.SourceText)))
            .Where(file => !file.Same).Select(file => file.HintName).Order(StringComparer.Ordinal)];

    private static IEnumerable<(string, string)> Texts(GeneratorRun run) => run.Sources.Select(source => (source.HintName, source.SourceText.ToString()));

    /// <summary>The same JSON with every object's keys in reverse order and a different indentation.</summary>
    private static string Reformat(string json)
    {
        static JsonNode? Reverse(JsonNode? node) => node switch
        {
            JsonObject item => new JsonObject(item.Reverse().Select(pair => KeyValuePair.Create(pair.Key, Reverse(pair.Value?.DeepClone())))),
            JsonArray array => new JsonArray([.. array.Select(element => Reverse(element?.DeepClone()))]),
            _ => node?.DeepClone(),
        };

        return "\n\n  " + Reverse(JsonNode.Parse(json))!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IndentSize = 3 }).Replace("\n", "\r\n") + "\n\n";
    }
}
