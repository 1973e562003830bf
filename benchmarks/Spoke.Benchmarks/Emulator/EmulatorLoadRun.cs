using System.Diagnostics;

namespace Spoke.Benchmarks.Emulator;

/// <summary>
/// Drives the emulator workload over real sockets with a fixed number of connections, each sending its requests one
/// after another, and measures requests per second (completed requests over the run's wall time) and p50/p99 latency.
/// </summary>
internal static class EmulatorLoadRun
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(8);
    private const int RequestsPerConnection = 400;
    private static readonly int[] ConnectionCounts = [1, 4];

    /// <summary>Measures search and batch upsert with 1 and 4 connections, and returns one line per run.</summary>
    /// <param name="dataFile">A data file the emulator keeps the account in, to measure persistence; none by default.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<IReadOnlyList<EmulatorLoadFigures>> MeasureAsync(string? dataFile = null, CancellationToken cancellationToken = default)
    {
        await using var workload = await EmulatorWorkload.StartAsync(dataFile, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(
            $"Seeded {EmulatorWorkload.SeededContacts:N0} contacts and started in {workload.StartTime.TotalSeconds:N1} s " +
            $"({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC; the standalone emulator runs server GC).");
        var figures = new List<EmulatorLoadFigures>();
        foreach (var (name, send) in new (string, Func<HttpClient, CancellationToken, Task>)[]
        {
            ("search, 3 filters + sort, varied", workload.SearchAsync),
            ("batch upsert of 100", workload.UpsertAsync),
        })
        {
            // Long enough for tiered compilation to finish the operation's code even on a loaded machine.
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < WarmUp)
            {
                await send(workload.Client, cancellationToken).ConfigureAwait(false);
            }

            foreach (var connections in ConnectionCounts)
            {
                SettleHeap();
                figures.Add(await RunAsync(workload, name, connections, send, cancellationToken).ConfigureAwait(false));
            }
        }

        return figures;
    }

    private static async Task<EmulatorLoadFigures> RunAsync(
        EmulatorWorkload workload, string name, int connections, Func<HttpClient, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        var clients = Enumerable.Range(0, connections).Select(_ => workload.CreateClient()).ToList();
        try
        {
            var latencies = new double[connections][];
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(clients.Select((client, at) => Task.Run(async () =>
            {
                latencies[at] = await TimeRequestsAsync(client, send, cancellationToken).ConfigureAwait(false);
            }, cancellationToken))).ConfigureAwait(false);
            wall.Stop();
            var sorted = latencies.SelectMany(l => l).Order().ToArray();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            return new EmulatorLoadFigures(
                name, connections, sorted.Length / wall.Elapsed.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99), cpu.TotalMilliseconds / sorted.Length);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task<double[]> TimeRequestsAsync(HttpClient client, Func<HttpClient, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        var latencies = new double[RequestsPerConnection];
        for (var index = 0; index < latencies.Length; index++)
        {
            var started = Stopwatch.GetTimestamp();
            await send(client, cancellationToken).ConfigureAwait(false);
            latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return latencies;
    }

    /// <summary>
    /// Collects and compacts the heap before a measured run, so no run pays for garbage an earlier phase left (seeding
    /// 100,000 contacts leaves a great deal), as BenchmarkDotNet does between iterations.
    /// </summary>
    private static void SettleHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
