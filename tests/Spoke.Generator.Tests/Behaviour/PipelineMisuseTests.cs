using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>
/// A stage is typed by its object: a ticket stage, a misspelt stage or a bare string in a deal's stage filter or input is a
/// compile error with a known id. Compiled beside the code generated for HubSpot's default pipelines; the correct use of the
/// same members compiles clean, so each error is about the misuse.
/// </summary>
public sealed class PipelineMisuseTests
{
    private static readonly Lazy<GeneratorRun> s_account = new(() => GeneratorHarness.Run(PipelinesJson.DefaultAccount()));

    public static TheoryData<string, string> Misuses => new()
    {
        { "Deal.Where(d => d.DealStage.Eq(TicketPipelines.Support.New))", "CS1503" },
        { "Deal.Where(d => d.DealStage.In(DealPipelines.Sales.ClosedWon, TicketPipelines.Support.Closed))", "CS1503" },
        { "Deal.Where(d => d.DealStage.Eq(DealPipelines.Sales.ClosedWn))", "CS0117" },
        { "Deal.Where(d => d.DealStage.Eq(DealPipelines.Support.ClosedWon))", "CS0117" },
        { "Deal.Where(d => d.DealStage.Eq(\"closedwon\"))", "CS1503" },
        { "new DealInput { DealStage = TicketPipelines.Support.New }", "CS0029" },
        { "Ticket.Where(t => t.PipelineStage.Eq(DealPipelines.Sales.ClosedWon))", "CS1503" },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void Misuse_is_a_compile_error(string expression, string errorId)
    {
        var errors = s_account.Value.CompileWith(Usage(expression));

        Assert.Contains(errorId, errors.Select(error => error.Id));
    }

    [Fact]
    public void The_same_members_used_correctly_compile_without_a_warning()
    {
        var errors = s_account.Value.CompileWith(Usage(
            "(Deal.Where(d => d.DealStage.Eq(DealPipelines.Sales.ClosedWon) & d.Pipeline.Eq(DealPipelines.Sales.Id)), Ticket.Where(t => t.PipelineStage.In(TicketPipelines.Support.New)), new DealInput { DealStage = DealPipelines.Sales.ClosedWon })"));

        Assert.True(errors.IsEmpty, GeneratorRun.Describe(errors));
    }

    private static string Usage(string expression) =>
        $"namespace Tests.HubSpot;\ninternal static class Usage {{ internal static object Run() => {expression}; }}";
}
