using BenchmarkDotNet.Running;
using Spoke.Benchmarks.Client;
using Spoke.Benchmarks.Emulator;

namespace Spoke.Benchmarks;

internal static class BenchmarkProgram
{
    private const string BulkUpsertCommand = "bulk-upsert";
    private const string EmulatorLoadCommand = "emulator-load";
    private const string DataFileOption = "--data";
    private const string BudgetCommand = "budget";

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

        // Issue 14: budget upsert|upsert-long|search|permit <latency ms> [redis configuration].
        if (args is [BudgetCommand, var mode, var latency, .. var rest] && rest.Length <= 1)
        {
            Console.WriteLine(await BudgetRun.MeasureAsync(mode, TimeSpan.FromMilliseconds(int.Parse(latency, System.Globalization.CultureInfo.InvariantCulture)), rest.FirstOrDefault()));
            return 0;
        }

        // The emulator's throughput under 1 and 4 connections, with p50/p99 over every request of the run; with --data,
        // the account is kept in a fresh data file in the temporary folder, deleted afterwards.
        if (args is [EmulatorLoadCommand] or [EmulatorLoadCommand, DataFileOption])
        {
            var folder = args.Length == 2 ? Directory.CreateTempSubdirectory("spoke-emulator-load-") : null;
            IReadOnlyList<EmulatorLoadFigures> runs;
            try
            {
                runs = await EmulatorLoadRun.MeasureAsync(folder is null ? null : Path.Combine(folder.FullName, "account.json"));
            }
            finally
            {
                folder?.Delete(recursive: true);
            }

            Console.WriteLine(EmulatorLoadFigures.Header);
            foreach (var figures in runs)
            {
                Console.WriteLine(figures);
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
