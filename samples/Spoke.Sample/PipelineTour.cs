using Spoke.Sample.HubSpot;

namespace Spoke.Sample;

/// <summary>Moves a deal through the account's sales pipeline by its typed stages, as a sales rep would.</summary>
internal static class PipelineTour
{
    /// <summary>Creates a deal at the pipeline's first stage and moves it stage by stage to closed won.</summary>
    public static async Task RunAsync(HubSpotClient client, CancellationToken cancellationToken = default)
    {
        var sales = DealPipelines.Sales.Pipeline;
        var first = sales.Stages[0];
        var deal = await client.CreateAsync(
            new DealInput { DealName = "Acme renewal", Pipeline = sales.Id, DealStage = first, Amount = 12_000m },
            cancellationToken: cancellationToken);
        Console.WriteLine($"Pipeline: deal {deal.Id} '{deal.DealName}' created in '{sales.Label}' at '{first.Label}'");

        foreach (var stage in sales.Stages.Skip(1).Where(stage => !stage.IsClosed || stage.IsWon))
        {
            var moved = await client.UpdateAsync(deal.Id, new DealInput { DealStage = stage }, cancellationToken);
            Console.WriteLine($"  -> '{stage.Label}' ({stage.Probability:P0}){(moved.DealStage == DealPipelines.Sales.ClosedWon ? ", won" : string.Empty)}");
        }

        var won = Deal.Where(d => d.DealStage.Eq(DealPipelines.Sales.ClosedWon)).Select(d => [d.DealName, d.Amount]);
        var count = 0;
        await foreach (var _ in client.SearchAsync(won, cancellationToken))
        {
            count++;
        }

        Console.WriteLine($"Pipeline: {count} deals are '{DealPipelines.Sales.ClosedWon.Label}'");
    }
}
