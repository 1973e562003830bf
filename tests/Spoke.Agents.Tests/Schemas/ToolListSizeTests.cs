namespace Spoke.Agents.Tests.Schemas;

/// <summary>The tool definitions are sent to the model on every turn: their size is a cost, held under a budget.</summary>
public sealed class ToolListSizeTests : IClassFixture<ServedTools>
{
    /// <summary>About 4,000 tokens for the whole tools/list with the repository's snapshots.</summary>
    private const int BudgetBytes = 16_000;

    private readonly ServedTools _served;

    public ToolListSizeTests(ServedTools served) => _served = served;

    [Fact]
    public void The_whole_tools_list_stays_within_its_budget_with_the_repository_snapshots()
    {
        Assert.True(_served.Bytes <= BudgetBytes, $"tools/list is {_served.Bytes} bytes; the budget is {BudgetBytes}. Move detail to get_hubspot_schema instead of the schemas.");
    }
}
