using BenchmarkDotNet.Attributes;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// <see cref="BulkUpsertRun"/> under BenchmarkDotNet, with the job of <see cref="BulkUpsertJobConfig"/>.
/// <c>-- bulk-upsert</c> runs the same measurement without BenchmarkDotNet.
/// </summary>
[Config(typeof(BulkUpsertJobConfig))]
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
