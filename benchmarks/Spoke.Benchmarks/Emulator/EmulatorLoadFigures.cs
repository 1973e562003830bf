using System.Globalization;

namespace Spoke.Benchmarks.Emulator;

/// <summary>One measured load run: the operation, its connections, requests per second and latency percentiles.</summary>
internal sealed record EmulatorLoadFigures(string Operation, int Connections, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds)
{
    /// <summary>A Markdown table row, as docs/benchmarks.md lists the figures.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Operation} | {Connections} | {RequestsPerSecond:N0} | {P50Milliseconds:N1} ms | {P99Milliseconds:N1} ms |");
}
