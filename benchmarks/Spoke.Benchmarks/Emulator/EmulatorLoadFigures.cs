using System.Globalization;

namespace Spoke.Benchmarks.Emulator;

/// <summary>
/// One measured load run: the operation, its connections, requests per second, latency percentiles, and the CPU time
/// the process (emulator and driver together) spent per request, which a machine shared with other work disturbs far
/// less than wall-clock figures.
/// </summary>
internal sealed record EmulatorLoadFigures(string Operation, int Connections, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, double CpuMillisecondsPerRequest)
{
    /// <summary>The header of <see cref="ToString"/>'s rows.</summary>
    public const string Header = "| Operation | Connections | Requests/s | p50 | p99 | CPU per request |\n|---|---|---|---|---|---|";

    /// <summary>A Markdown table row, as docs/benchmarks.md lists the figures.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Operation} | {Connections} | {RequestsPerSecond:N0} | {P50Milliseconds:N1} ms | {P99Milliseconds:N1} ms | {CpuMillisecondsPerRequest:N2} ms |");
}
