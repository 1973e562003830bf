using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Spoke.Batch;
using Spoke.Emulator;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// Bulk upsert of 20,000 contacts into an emulator that enforces a Professional account's 190 requests per rolling 10 seconds.
/// The ceiling is 100 records × 19 requests per second = 1,900 records per second; the goal is at least 95% of it with no
/// 429 reaching the caller. One long invocation, so BenchmarkDotNet runs it once (monitoring strategy).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class BulkUpsertBenchmark
{
    private const int RecordCount = 20_000;
    private const int BurstLimit = 190;
    private const double CeilingRecordsPerSecond = HubSpotLimits.MaxBatchSize * BurstLimit / 10.0;

    private HubSpotEmulator? _emulator;
    private HubSpotClient? _client;
    private List<CrmObjectInput> _inputs = [];
    private MeterListener? _listener;
    private long _rateLimitedResponses;

    /// <summary>Starts the emulator with HubSpot's limits on and prepares the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var token = "pat-na1-benchmark-" + Guid.NewGuid().ToString("N");
        var options = new HubSpotEmulatorOptions();
        options.Tokens.Add(new EmulatorToken(token) { Tier = HubSpotTier.Professional, BurstLimit = BurstLimit });
        _emulator = HubSpotEmulator.StartAsync(options).GetAwaiter().GetResult();
        _client = new HubSpotClient(new HubSpotClientOptions { AccessToken = token, BaseAddress = _emulator.BaseAddress, ApiTier = HubSpotApiTier.ProfessionalOrEnterprise });
        _inputs = [.. Enumerable.Range(0, RecordCount).Select(static i => new CrmObjectInput
        {
            ["email"] = $"bulk{i}@example.com",
            ["firstname"] = $"First{i}",
            ["lastname"] = "Bulk",
        })];
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == HubSpotDiagnostics.MeterName && instrument.Name == "spoke.hubspot.rate_limited")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _rateLimitedResponses, value));
        _listener.Start();
    }

    /// <summary>Upserts every record and prints throughput against the ceiling.</summary>
    [Benchmark]
    public async Task UpsertTwentyThousandContacts()
    {
        var stopwatch = Stopwatch.StartNew();
        var results = await _client!.BatchUpsertAsync(CrmObjectType.Contacts, "email", _inputs, new BatchOptions { MaxConcurrentRequests = 8 });
        stopwatch.Stop();

        var failures = results.Failures.ToList();
        var rateLimitedFailures = failures.Count(static failure => failure.Error!.Exception is HubSpotRateLimitException);
        var recordsPerSecond = results.Records.Count() / stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(
            $"// Spoke bulk upsert: {results.Records.Count()}/{RecordCount} records in {stopwatch.Elapsed.TotalSeconds:F1} s = {recordsPerSecond:F0} records/s, "
            + $"{recordsPerSecond / CeilingRecordsPerSecond:P1} of the {CeilingRecordsPerSecond:F0} records/s ceiling; "
            + $"{Interlocked.Read(ref _rateLimitedResponses)} 429 responses absorbed by the client; {failures.Count} failed inputs ({rateLimitedFailures} by 429).");
    }

    /// <summary>Stops the emulator.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _listener?.Dispose();
        _client?.Dispose();
        _emulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
