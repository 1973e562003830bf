using BenchmarkDotNet.Attributes;

namespace Spoke.Benchmarks.Emulator;

/// <summary>
/// The emulator's own throughput with limits off, over a real socket: batch upserts of 100 contacts per request and a
/// 3-filter sorted search over 100,000 seeded contacts whose filter values change on every request
/// (<see cref="EmulatorWorkload"/>). Requests per second = 1 / mean; see docs/benchmarks.md (Emulator).
/// </summary>
[Config(typeof(EmulatorBenchmarkConfig))]
public class EmulatorThroughputBenchmarks
{
    private EmulatorWorkload workload = null!;

    [GlobalSetup]
    public async Task StartAsync() => workload = await EmulatorWorkload.StartAsync();

    [GlobalCleanup]
    public async Task StopAsync() => await workload.DisposeAsync();

    /// <summary>One <c>batch/upsert</c> of 100 contacts by email; half the emails repeat from the previous round (updates).</summary>
    [Benchmark]
    public Task BatchUpsert100Contacts() => workload.UpsertAsync(workload.Client);

    /// <summary>One search with 3 filters (EQ, GTE, CONTAINS_TOKEN) and a sort, with values drawn afresh for each request.</summary>
    [Benchmark]
    public Task SearchWithThreeFilters() => workload.SearchAsync(workload.Client);
}
