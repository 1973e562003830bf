using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// One in-process launch, no warm-up, one iteration of one invocation: the bulk upsert is a single long operation, and a
/// separately built benchmark process does not build in this repository's layout.
/// </summary>
internal sealed class BulkUpsertJobConfig : ManualConfig
{
    public BulkUpsertJobConfig() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(0)
        .WithIterationCount(1)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance));
}
