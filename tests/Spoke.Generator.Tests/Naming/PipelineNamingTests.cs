using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Naming;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;
using static Spoke.Generator.Tests.Fixtures.PipelinesJson;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// How pipelines and stages are named: a pipeline from its label without a trailing "Pipeline", a stage like its enum member;
/// and what collides (two pipelines with one label, stages named like keywords, digits, the pipeline class's own members, a
/// record named like the pipelines class) compiles, with the names below and without renaming what was there before.
/// </summary>
public sealed class PipelineNamingTests
{
    [Fact]
    public void A_pipeline_drops_a_trailing_pipeline_word_and_keeps_it_when_the_short_name_is_taken()
    {
        var run = Deals(
            Pipeline("default", "Sales Pipeline", DealStage("a", "A", "0.1")),
            Pipeline("p2", "Sales", DealStage("b", "B", "0.1")),
            Pipeline("p3", "Pipeline", DealStage("c", "C", "0.1")),
            Pipeline("p4", "Renewals pipeline", DealStage("d", "D", "0.1")));

        Assert.Equal(["Sales", "PipelineP2", "PipelineP3", "Renewals"], PipelineClasses(run));
    }

    [Fact]
    public void Two_pipelines_with_one_label_are_told_apart_and_the_older_keeps_the_short_name()
    {
        var older = Pipeline("default", "Sales Pipeline", DealStage("a", "New", "0.1"));
        var newer = Pipeline("123", "Sales Pipeline", DealStage("b", "New", "0.1"));
        newer["createdAt"] = "2025-06-01T00:00:00.000Z";
        newer["displayOrder"] = -1;

        var run = Deals(older, newer);

        Assert.Equal(["SalesPipeline", "Sales"], PipelineClasses(run));
        var source = run.SourceOf("deals.pipelines.DealPipelines.g.cs");
        Assert.Contains("DealStage.New, 0.1m", source, StringComparison.Ordinal);
        Assert.Contains("DealStage.SalesPipelineNew, 0.1m", source, StringComparison.Ordinal);
        Assert.Equal("b", Usage(run, "DealPipelines.SalesPipeline.New.Id"));
        Assert.Equal("a", Usage(run, "DealPipelines.Sales.New.Id"));
    }

    [Fact]
    public void Stage_labels_that_are_keywords_start_with_digits_or_say_nothing_make_valid_members()
    {
        var run = Deals(Pipeline("default", "Sales Pipeline",
            DealStage("s1", "class", "0.1"),
            DealStage("s2", "1st call", "0.2"),
            DealStage("s3", "!!!", "0.3"),
            DealStage("s4", "Stages", "0.4"),
            DealStage("s5", "Label", "0.5"),
            DealStage("s6", "Sales", "0.6"),
            DealStage("s7", "Pipeline", "0.7")));

        Assert.Equal(["Class", "Option1stCall", "S3", "StageStages", "StageLabel", "StageSales", "StagePipeline"], StageMembers(run, "Sales"));
        Assert.Equal("1st call", Usage(run, "DealPipelines.Sales.Option1stCall.Label"));
        Assert.Equal("s4", Usage(run, "DealPipelines.Sales.StageStages.Id"));
        Assert.Equal("7", Usage(run, "DealPipelines.Sales.Stages.Count.ToString()"));
    }

    [Fact]
    public void Pipelines_named_like_the_classes_members_or_a_record_compile()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(
            ("deals.json", DealsProperties),
            ("tickets.json", TicketsProperties),
            ("deals.pipelines.json", Results(
                Pipeline("p1", "Deal", DealStage("a", "A", "0.1")),
                Pipeline("p2", "Deal Pipelines", DealStage("b", "B", "0.1")),
                Pipeline("p3", "All", DealStage("c", "C", "0.1")),
                Pipeline("p4", "Stage Pipeline", DealStage("d", "D", "0.1")),
                Pipeline("p5", "Id", DealStage("e", "E", "0.1")),
                Pipeline("p6", "Ticket", DealStage("f", "F", "0.1"))))));

        Assert.Equal(["Deal", "PipelineP2", "PipelineP3", "StagePipeline", "PipelineP5", "Ticket"], PipelineClasses(run));
        Assert.Equal("a", Usage(run, "DealPipelines.Deal.A.Id"));
    }

    [Fact]
    public void A_record_named_like_the_pipelines_class_keeps_its_name_and_the_pipelines_class_gives_way()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(
            ("deals.json", DealsProperties),
            ("deals.pipelines.json", SnapshotFiles.ShippedFile("deals.pipelines.json")),
            ("schemas.json", Schemas(CustomObject("2-1", "deal_pipelines", "Deal Pipelines", Property("code"))))));

        var renamed = Assert.Single(run.Diagnostics, diagnostic => diagnostic.Id == "SPOKE103");
        Assert.Contains("The pipelines of object type 'deals' would generate type 'DealPipelines'", renamed.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("deals.pipelines.DealPipelines_2.g.cs", run.HintNames);
        Assert.Contains("schemas.DealPipelines.g.cs", run.HintNames);
        Assert.Equal("closedwon", Usage(run, "DealPipelines_2.Sales.ClosedWon.Id"));
    }

    [Fact]
    public void Two_ticket_pipelines_with_a_new_stage_each_name_the_later_by_its_pipeline()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(
            ("tickets.json", TicketsProperties),
            ("tickets.pipelines.json", Results(
                Pipeline("0", "Support Pipeline", Stage("1", "New", "ticketState", "OPEN")),
                Pipeline("9", "Billing Pipeline", Stage("91", "New", "ticketState", "OPEN"))))));

        Assert.Equal(["Support", "Billing"], PipelineClasses(run));
        Assert.Equal(["New"], StageMembers(run, "Billing"));
        Assert.Contains("TicketPipelineStage.BillingPipelineNew", run.SourceOf("tickets.pipelines.TicketPipelines.g.cs"), StringComparison.Ordinal);
        Assert.Equal("91", Usage(run, "((TicketPipelineStage)TicketPipelines.Billing.New).ToWireValue()"));
    }

    [Fact]
    public void Option_names_chosen_in_spoke_json_rename_the_stage_member_too()
    {
        var run = GeneratorHarness.Run(PipelinesJson.DefaultAccount()
            .WithFile("spoke.json", """{"objects": {"deals": {"properties": {"dealstage": {"enumName": "SalesStage", "options": {"closedwon": "Won"}}}}}}"""));

        var source = run.SourceOf("deals.pipelines.DealPipelines.g.cs");
        Assert.Contains("public static global::Tests.HubSpot.DealPipelines.Stage Won { get; }", source, StringComparison.Ordinal);
        Assert.Contains("global::Tests.HubSpot.SalesStage.Won", source, StringComparison.Ordinal);
        Assert.Equal("closedwon", Usage(run, "DealPipelines.Sales.Won.Id"));
    }

    [Fact]
    public void A_stage_relabelled_in_hubspot_is_a_breaking_rename_that_pull_pins_and_the_build_then_keeps()
    {
        var before = PipelinesJson.DefaultAccount();
        var relabelled = JsonNode.Parse(SnapshotFiles.ShippedFile("deals.pipelines.json"))!;
        relabelled["results"]![0]!["stages"]![5]!["label"] = "Won";
        var after = before.WithFile("deals.pipelines.json", relabelled.ToJsonString());
        var oldNames = NamingInputs.Names(before);

        var change = Assert.Single(SchemaNaming.Compare(oldNames, NamingInputs.Names(after)));
        var pinned = SchemaNaming.Pin(oldNames, NamingInputs.From(after));
        var run = GeneratorHarness.Run(after.WithFile("spoke.json", pinned.OverridesJson!));

        Assert.Equal((NameChangeKind.OptionRenamed, true, "closedwon"), (change.Kind, change.IsBreaking, change.OptionValue));
        Assert.Contains("\"closedwon\": \"ClosedWon\"", pinned.OverridesJson, StringComparison.Ordinal);
        Assert.Equal("Won", Usage(run, "DealPipelines.Sales.ClosedWon.Label"));
    }

    [Fact]
    public void The_naming_entry_point_names_the_pipelines_class_and_the_stage_enum_as_the_build_does()
    {
        var names = NamingInputs.Names(PipelinesJson.DefaultAccount());

        Assert.Equal("DealPipelines", names.FindObject("deals")!.PipelinesName);
        Assert.Equal("TicketPipelines", names.FindObject("tickets")!.PipelinesName);
        Assert.Equal("ClosedWon", names.FindObject("deals")!.FindProperty("dealstage")!.Enum!.FindOption("closedwon")!.MemberName);
        Assert.Equal("Picklist<TicketPipelineStage>?", names.FindObject("tickets")!.FindProperty("hs_pipeline_stage")!.ValueType);
    }

    private static GeneratorRun Deals(params JsonObject[] pipelines) => GeneratorHarness.Run(GeneratorInput.ForSnapshots(
        ("deals.json", DealsProperties),
        ("deals.pipelines.json", Results(pipelines))));

    private static List<string> PipelineClasses(GeneratorRun run) =>
        [.. PipelinesClass(run).GetTypeMembers().Where(type => type.IsStatic).OrderBy(type => type.Locations[0].SourceSpan.Start).Select(type => type.Name)];

    private static List<string> StageMembers(GeneratorRun run, string pipeline) =>
        [.. PipelinesClass(run).GetTypeMembers(pipeline).Single().GetMembers().OfType<IPropertySymbol>()
            .Where(property => property.Type.Name == "Stage").Select(property => property.Name)];

    private static INamedTypeSymbol PipelinesClass(GeneratorRun run) =>
        run.OutputCompilation.GetTypeByMetadataName($"{GeneratorInput.DefaultNamespace}.DealPipelines")
        ?? run.OutputCompilation.GetTypeByMetadataName($"{GeneratorInput.DefaultNamespace}.TicketPipelines")!;

    // Compiles and runs one expression against the generated code, so a name is proven usable, not only present.
    private static string Usage(GeneratorRun run, string expression)
    {
        var source = $"namespace Tests.HubSpot;\n/// <summary>Usage.</summary>\npublic static class Usage {{ /// <summary>Run.</summary>\n public static string Run() => {expression}; }}";
        var errors = run.CompileWith(source);
        Assert.True(errors.IsEmpty, GeneratorRun.Describe(errors));
        return (string)run.LoadAssemblyWith(source).GetType("Tests.HubSpot.Usage")!.GetMethod("Run")!.Invoke(null, null)!;
    }
}
