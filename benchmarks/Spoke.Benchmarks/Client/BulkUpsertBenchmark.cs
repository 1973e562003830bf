using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// <see cref="BulkUpsertRun"/> under BenchmarkDotNet: one long invocation, so one launch, no warm-up, one iteration
/// (monitoring strategy). <c>-- bulk-upsert</c> runs the same measurement without BenchmarkDotNet.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class BulkUpsertBenchmark
{
    private BulkUpsertRun? _run;

    /// <summary>Starts the emulator with HubSpot's limits on and prepares the inputs.</summary>
    [GlobalSetup]
    public void Setup() => _run = BulkUpsertRun.StartAsync().GetAwaiter().GetResult();

    /// <summary>Upserts every record and prints throughput against the ceiling.</summary>
    /// <returns>A task that completes when every record is upserted.</returns>
    [Benchmark]
    public async Task UpsertTwentyThousandContacts() => Console.WriteLine("// " + await _run!.MeasureAsync());

    /// <summary>Stops the emulator.</summary>
    [GlobalCleanup]
    public void Cleanup() => _run?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
