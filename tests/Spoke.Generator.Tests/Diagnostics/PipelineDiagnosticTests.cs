using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Diagnostics;

/// <summary>
/// A broken pipelines snapshot gives diagnostics with the file, the place and the JSON path, never an exception, and leaves out
/// only what it cannot use: the rest of the pipelines, and the object's record, are still generated.
/// </summary>
public sealed class PipelineDiagnosticTests
{
    private const string Won = "{\"id\": \"won\", \"label\": \"Won\", \"metadata\": {\"probability\": \"1.0\", \"isClosed\": \"true\"}}";

    [Fact]
    public void SPOKE001_a_pipelines_snapshot_that_is_not_json_points_at_the_character_and_leaves_the_stage_a_string()
    {
        var run = Run("{\"results\": [\n  {\"id\": \"default\",, \"label\": \"Sales\"}\n]}");

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE001");

        DiagnosticAssert.At(diagnostic, "deals.pipelines.json", line: 2, column: 20, DiagnosticSeverity.Error);
        Assert.StartsWith("Snapshot 'deals.pipelines' is not valid JSON", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("deals.pipelines.DealPipelines.g.cs", run.HintNames);
        Assert.Contains("public string? DealStage", run.SourceOf("deals.Deal.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE012_a_stage_without_an_id_is_skipped_and_the_rest_generated()
    {
        var run = Run("{\"results\": [\n{\"id\": \"default\", \"label\": \"Sales Pipeline\", \"stages\": [\n  " + Won + ",\n  {\"label\": \"No id\"}\n]}]}");

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE012");

        DiagnosticAssert.At(diagnostic, "deals.pipelines.json", line: 4, column: 3, DiagnosticSeverity.Warning);
        Assert.Equal(
            "Pipelines snapshot 'deals.pipelines': the stage has no 'id' (at JSON path $.results[0].stages[1].id); the stage is skipped",
            diagnostic.GetMessage());
        Assert.Contains("Stage Won { get; }", run.SourceOf("deals.pipelines.DealPipelines.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE012_a_pipeline_without_stages_is_skipped()
    {
        var run = Run("{\"results\": [\n{\"id\": \"default\", \"label\": \"Sales Pipeline\", \"stages\": [" + Won + "]},\n{\"id\": \"b\", \"label\": \"Broken\", \"stages\": {}}\n]}");

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE012");

        DiagnosticAssert.At(diagnostic, "deals.pipelines.json", line: 3, column: 42, DiagnosticSeverity.Warning);
        Assert.Contains("the pipeline has no 'stages' array (at JSON path $.results[1].stages); the pipeline is skipped", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", run.SourceOf("deals.pipelines.DealPipelines.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE012_a_probability_that_is_no_number_leaves_probability_unset_and_keeps_the_text()
    {
        var run = Run("{\"results\": [{\"id\": \"default\", \"label\": \"Sales Pipeline\", \"stages\": [\n{\"id\": \"odd\", \"label\": \"Odd\", \"metadata\": {\"probability\": \"high\", \"isClosed\": \"false\"}}]}]}");

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE012");

        DiagnosticAssert.At(diagnostic, "deals.pipelines.json", line: 2, column: 59, DiagnosticSeverity.Warning);
        Assert.Contains("the stage's probability 'high' is not a number from 0 to 1 (at JSON path $.results[0].stages[0].metadata.probability); its Probability is left unset", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("DealStage.Odd, null, false, \"isClosed\", \"false\", \"probability\", \"high\")", run.SourceOf("deals.pipelines.DealPipelines.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE013_a_stage_id_repeated_in_another_pipeline_points_at_the_second()
    {
        var run = Run("{\"results\": [\n{\"id\": \"a\", \"label\": \"A\", \"stages\": [" + Won + "]},\n{\"id\": \"b\", \"label\": \"B\", \"stages\": [" + Won + "]}\n]}");

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE013");

        DiagnosticAssert.At(diagnostic, "deals.pipelines.json", line: 3, column: 38, DiagnosticSeverity.Warning);
        Assert.Equal(
            "Pipelines snapshot 'deals.pipelines': stage id 'won' appears more than once (again at JSON path $.results[1].stages[0]); the first is used",
            diagnostic.GetMessage());
    }

    [Fact]
    public void SPOKE014_pipelines_of_an_object_without_a_properties_snapshot_are_not_generated()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("widgets.pipelines.json", SnapshotFiles.ShippedFile("tickets.pipelines.json"))));

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE014");

        DiagnosticAssert.At(diagnostic, "widgets.pipelines.json", line: 1, column: 1, DiagnosticSeverity.Warning);
        Assert.Equal(
            "Pipelines snapshot 'widgets.pipelines': no generated object type is named 'widgets'; its pipelines are not generated. Add the object's properties snapshot (spoke schema pull), or remove the pipelines snapshot if spoke.json excludes the object type.",
            diagnostic.GetMessage());
        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void SPOKE014_an_object_without_its_stage_property_gets_no_pipelines()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(
            ("deals.json", Results(Property("dealname"), Property("dealstage", label: "Deal Stage"))),
            ("deals.pipelines.json", SnapshotFiles.ShippedFile("deals.pipelines.json"))));

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE014");

        Assert.Contains("object type 'deals' (0-3) has no single-select enumeration property 'dealstage' in snapshot 'deals'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("deals.pipelines.DealPipelines.g.cs", run.HintNames);
    }

    [Fact]
    public void SPOKE014_a_stage_property_excluded_in_spoke_json_gets_no_pipelines()
    {
        var run = GeneratorHarness.Run(PipelinesJson.DefaultAccount().WithFile("spoke.json", """{"objects": {"deals": {"properties": {"dealstage": {"exclude": true}}}}}"""));

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE014");

        DiagnosticAssert.At(diagnostic, "deals.pipelines.json", line: 1, column: 1, DiagnosticSeverity.Warning);
        Assert.Contains("spoke.json excludes the stage property of object type 'deals' (0-3)", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("deals.pipelines.DealPipelines.g.cs", run.HintNames);
        Assert.Contains("tickets.pipelines.TicketPipelines.g.cs", run.HintNames);
    }

    [Fact]
    public void SPOKE015_a_stage_the_listed_options_lack_is_added_with_a_warning_naming_both()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(
            ("deals.json", Results(Picklist("dealstage", Option("Won", "won")).WithLabel("Deal Stage"))),
            ("deals.pipelines.json", "{\"results\": [{\"id\": \"default\", \"label\": \"Sales Pipeline\", \"stages\": [\n" + Won + ",\n {\"id\": \"new\", \"label\": \"Brand New\"}]}]}")));

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE015");

        DiagnosticAssert.At(diagnostic, "deals.pipelines.json", line: 3, column: 2, DiagnosticSeverity.Warning);
        Assert.Equal(
            "Stage 'Brand New' (id 'new') of pipeline 'Sales Pipeline' in snapshot 'deals.pipelines' is not an option of property 'dealstage', whose options snapshot 'deals' lists; it is added to the property's enum. Pull both snapshots together (spoke schema pull).",
            diagnostic.GetMessage());
        Assert.Contains("BrandNew,", run.SourceOf("deals.DealStage.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE011_a_second_pipelines_snapshot_of_one_object_type_is_ignored_choosing_as_for_properties_snapshots()
    {
        var run = GeneratorHarness.Run(PipelinesJson.DefaultAccount().WithFile("0-3.pipelines.json", Results(PipelinesJson.Pipeline("x", "Other", PipelinesJson.DealStage("x1", "X", "0.5")))));

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE011");

        DiagnosticAssert.At(diagnostic, "deals.pipelines.json", line: 1, column: 1, DiagnosticSeverity.Warning);
        Assert.StartsWith("Snapshot 'deals.pipelines' (JSON path $) describes object type 'deals' (0-3), which snapshot '0-3.pipelines'", diagnostic.GetMessage(), StringComparison.Ordinal);
        // As for two properties snapshots: the shallowest folder, then the first path by ordinal order.
        Assert.Contains("public static class Other", run.SourceOf("0-3.pipelines.DealPipelines.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("deals.pipelines.DealPipelines.g.cs", run.HintNames);
    }

    private static GeneratorRun Run(string pipelinesJson) => GeneratorHarness.Run(GeneratorInput.ForSnapshots(
        ("deals.json", PipelinesJson.DealsProperties),
        ("deals.pipelines.json", pipelinesJson)));
}
