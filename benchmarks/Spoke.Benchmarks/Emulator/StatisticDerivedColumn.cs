using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Spoke.Benchmarks.Emulator;

/// <summary>A summary column computed from a benchmark's timing statistics (nanoseconds), such as p99 or requests per second.</summary>
internal sealed class StatisticDerivedColumn(string name, string legend, Func<Statistics, double> compute, string unit) : IColumn
{
    public string Id => nameof(StatisticDerivedColumn) + name;

    public string ColumnName => unit.Length == 0 ? name : $"{name} [{unit}]";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? compute(statistics).ToString("N1", CultureInfo.InvariantCulture)
            : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
