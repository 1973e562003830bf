using BenchmarkDotNet.Running;
using Spoke.Benchmarks.Client;

namespace Spoke.Benchmarks;

internal static class BenchmarkProgram
{
    private const string BulkUpsertCommand = "bulk-upsert";

    private static async Task<int> Main(string[] args)
    {
        // The bulk upsert is one long operation; this mode measures it once, without BenchmarkDotNet's extra invocations.
        if (args is [BulkUpsertCommand])
        {
            await using var run = await BulkUpsertRun.StartAsync();
            var figures = await run.MeasureAsync();
            Console.WriteLine(figures);
            return figures.FailedInputs == 0 ? 0 : 1;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
