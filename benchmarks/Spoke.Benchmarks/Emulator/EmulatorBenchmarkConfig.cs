using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Spoke.Benchmarks.Emulator;

/// <summary>Adds the median, p99 and requests per second to the emulator benchmarks' summary.</summary>
internal sealed class EmulatorBenchmarkConfig : ManualConfig
{
    public EmulatorBenchmarkConfig()
    {
        AddColumn(StatisticColumn.P50, new StatisticDerivedColumn("P99", "p99 latency", s => s.Percentiles.Percentile(99) / 1_000_000, "ms"));
        AddColumn(new StatisticDerivedColumn("Req/s", "requests per second on one connection (1 / mean)", s => 1_000_000_000 / s.Mean, ""));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
