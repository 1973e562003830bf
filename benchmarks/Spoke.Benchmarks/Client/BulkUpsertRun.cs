using System.Diagnostics;
using Spoke.Batch;
using Spoke.Emulator;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// Issue 4's bulk benchmark: 20,000 contacts upserted by email in batches of 100 into an emulator that enforces a
/// Professional account's 190 requests per rolling 10 seconds, through a client set to the same tier. The ceiling is
/// 100 records × 19 requests per second = 1,900 records per second.
/// </summary>
internal sealed class BulkUpsertRun : IAsyncDisposable
{
    /// <summary>Records upserted per run.</summary>
    public const int RecordCount = 20_000;

    /// <summary>Chunk requests in flight at once.</summary>
    public const int MaxConcurrentRequests = 8;

    private const HubSpotApiTier Tier = HubSpotApiTier.ProfessionalOrEnterprise;
    private static readonly int BurstLimit = Tier.RequestsPerTenSeconds();

    private readonly HubSpotEmulator _emulator;
    private readonly RateLimitedResponseCounter _wire;
    private readonly HttpClient _httpClient;
    private readonly HubSpotClient _client;
    private readonly List<CrmObjectInput> _inputs;

    private BulkUpsertRun(HubSpotEmulator emulator, string token)
    {
        _emulator = emulator;
        _wire = new RateLimitedResponseCounter(new SocketsHttpHandler());
        _httpClient = new HttpClient(_wire) { Timeout = Timeout.InfiniteTimeSpan };
        _client = new HubSpotClient(_httpClient, new HubSpotClientOptions { AccessToken = token, BaseAddress = emulator.BaseAddress, ApiTier = Tier });
        _inputs = Contacts("bulk", RecordCount);
    }

    /// <summary>The best rate the server's limit allows, in records per second.</summary>
    public static double CeilingRecordsPerSecond => HubSpotLimits.MaxBatchSize * BurstLimit / 10.0;

    /// <summary>
    /// Starts the emulator with its rate limits on and a fresh token limited to the tier's burst limit, and warms both
    /// sides up with one batch under a second token, so the run measures throughput rather than JIT compilation without
    /// spending any of the measured token's budget.
    /// </summary>
    /// <param name="cancellationToken">Stops the start-up.</param>
    /// <returns>A run ready to measure.</returns>
    public static async Task<BulkUpsertRun> StartAsync(CancellationToken cancellationToken = default)
    {
        var token = NewToken();
        var warmUpToken = NewToken();
        var options = new HubSpotEmulatorOptions();
        options.Tokens.Add(new EmulatorToken(token) { Tier = HubSpotTier.Professional, BurstLimit = BurstLimit });
        options.Tokens.Add(new EmulatorToken(warmUpToken) { Tier = HubSpotTier.Professional, BurstLimit = BurstLimit });
        var emulator = await HubSpotEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        using (var warmUp = new HubSpotClient(new HubSpotClientOptions { AccessToken = warmUpToken, BaseAddress = emulator.BaseAddress, ApiTier = Tier }))
        {
            await warmUp.BatchUpsertAsync(CrmObjectType.Contacts, "email", Contacts("warmup", HubSpotLimits.MaxBatchSize), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return new BulkUpsertRun(emulator, token);
    }

    /// <summary>Upserts every record once and measures it.</summary>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The figures of the run.</returns>
    public async Task<BulkUpsertFigures> MeasureAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var results = await _client.BatchUpsertAsync(
            CrmObjectType.Contacts, "email", _inputs, new BatchOptions { MaxConcurrentRequests = MaxConcurrentRequests }, cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();

        var failures = results.Failures.ToList();
        return new BulkUpsertFigures(
            results.Records.Count(),
            stopwatch.Elapsed,
            _wire.Requests,
            _wire.RateLimited,
            failures.Count,
            failures.Count(static failure => failure.Error!.Exception is HubSpotException { Status: 429 }));
    }

    private static string NewToken() => "pat-na1-benchmark-" + Guid.NewGuid().ToString("N");

    private static List<CrmObjectInput> Contacts(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => new CrmObjectInput
    {
        ["email"] = $"{prefix}{i}@example.com",
        ["firstname"] = $"First{i}",
        ["lastname"] = "Bulk",
    })];

    /// <summary>Stops the client and the emulator.</summary>
    /// <returns>A task that completes when the emulator has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _httpClient.Dispose();
        await _emulator.DisposeAsync().ConfigureAwait(false);
    }
}
