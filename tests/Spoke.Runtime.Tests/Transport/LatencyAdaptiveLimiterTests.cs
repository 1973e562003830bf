using Spoke.Emulator;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

/// <summary>
/// The limiter at high latency: a permit holds its place for a window plus a margin from when it was sent, not for the
/// request plus a whole window, and batches keep as many requests in flight as the rate times the measured latency.
/// Everything runs on a fake clock; the assertions count requests per window as the server saw them arrive.
/// </summary>
public sealed class LatencyAdaptiveLimiterTests
{
    private static readonly HubSpotRequest Read = HubSpotRequest.Get("crm/v3/objects/contacts/1");
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_permit_lapses_a_window_and_a_margin_after_it_was_sent_not_a_window_after_its_answer()
    {
        var clock = FakeClock.Create();
        var server = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        var network = new SlowNetworkHandler(server, _ => TimeSpan.FromSeconds(2), clock);
        using var client = TestClients.Create(network, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 10));

        var calls = Enumerable.Range(0, 30).Select(_ => client.SendAsync(Read)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls), TimeSpan.FromMilliseconds(10));

        var arrivals = server.Requests.Select(request => request.ReceivedAt).Order().ToList();
        Assert.True(ArrivalStatistics.MaxInAnyWindow(arrivals, Window) <= 10);

        // The first requests were sent before any latency was known, so they hold their place until their answer plus a
        // window; the second wave's latency was measured, so the third follows it a window and a small margin later.
        Assert.True(arrivals[10] - arrivals[0] >= Window + TimeSpan.FromSeconds(2));
        var gap = arrivals[20] - arrivals[10];
        Assert.True(gap < Window + TimeSpan.FromSeconds(1), $"the third wave came {gap} after the second");
    }

    [Fact]
    public async Task Bulk_upsert_uses_at_least_95_percent_of_the_burst_budget_at_two_seconds_per_call_with_default_options()
    {
        const int limit = 30;
        var clock = FakeClock.Create();
        var token = TestClients.NewToken();
        var emulatorOptions = new HubSpotEmulatorOptions();
        emulatorOptions.Tokens.Add(new EmulatorToken(token) { Tier = HubSpotTier.ApiLimitIncrease });
        emulatorOptions.RateLimits.Enabled = false;
        await using var emulator = await HubSpotEmulator.StartAsync(emulatorOptions);
        await WarmUpAsync(emulator, token);
        var arrivals = new ArrivalRecorder(emulator.CreateHandler(), clock);
        var network = new SlowNetworkHandler(arrivals, _ => TimeSpan.FromSeconds(2), clock);
        using var client = TestClients.Create(network, TestClients.Options(clock, options =>
        {
            options.AccessToken = token;
            options.BaseAddress = emulator.BaseAddress;
            options.RequestsPerTenSeconds = limit;
        }));
        var inputs = Enumerable.Range(0, 90 * HubSpotLimits.MaxBatchSize)
            .Select(i => new CrmObjectInput { ["email"] = $"bulk{i}@example.com", ["firstname"] = "Bulk" })
            .ToList();

        var result = await FakeClock.RunAsync(
            clock, client.BatchUpsertAsync(CrmObjectType.Contacts, "email", inputs), TimeSpan.FromMilliseconds(10), pause: TimeSpan.FromMilliseconds(10));

        Assert.Empty(result.Failures);
        Assert.Equal(90, arrivals.Arrivals.Count);
        Assert.True(ArrivalStatistics.MaxInAnyWindow(arrivals.Arrivals, Window) <= limit);
        var share = ArrivalStatistics.MedianShareOfLimit(arrivals.Arrivals, limit, Window);

        Assert.True(share >= 0.95, $"the upsert used {share:P1} of the budget");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    public async Task Bulk_requests_take_every_permit_as_it_frees_even_when_a_whole_window_frees_at_once(int processingMilliseconds)
    {
        // The first window's permits are granted at once and lapse together a window later, and a server working through
        // the first burst one request at a time spreads their answers: batches sized only by the average rate times the
        // latency would take the freed permits a few at a time, one latency apart, and every later window would inherit
        // those gaps. The server reports what is left of its window, as HubSpot does: what the client's own requests used
        // is no reason to slow down when their permits lapse.
        const int limit = 100;
        var clock = FakeClock.Create();
        using var serverCpu = new SemaphoreSlim(1, 1);
        var counted = new List<DateTimeOffset>();
        var server = new ScriptedHttpHandler(
            async (request, cancellationToken) =>
            {
                int remaining;
                lock (counted)
                {
                    counted.Add(request.ReceivedAt);
                    remaining = limit - counted.Count(arrival => arrival > request.ReceivedAt - Window);
                }

                await serverCpu.WaitAsync(cancellationToken);
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(processingMilliseconds), clock, cancellationToken);
                }
                finally
                {
                    serverCpu.Release();
                }

                return Responses.Json(
                    System.Net.HttpStatusCode.OK,
                    """{"status":"COMPLETE","results":[]}""",
                    ("X-HubSpot-RateLimit-Max", $"{limit}"),
                    ("X-HubSpot-RateLimit-Remaining", $"{remaining}"),
                    ("X-HubSpot-RateLimit-Interval-Milliseconds", "10000"));
            },
            clock);
        var network = new SlowNetworkHandler(server, _ => TimeSpan.FromSeconds(2), clock);
        using var client = TestClients.Create(network, TestClients.Options(clock, options => options.RequestsPerTenSeconds = limit));
        var ids = Enumerable.Range(1, 5 * limit * HubSpotLimits.MaxBatchSize).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await FakeClock.RunAsync(clock, client.BatchReadAsync(CrmObjectType.Contacts, ids), TimeSpan.FromMilliseconds(5));

        var arrivals = server.Requests.Select(request => request.ReceivedAt).ToList();
        Assert.Equal(5 * limit, arrivals.Count);
        Assert.True(ArrivalStatistics.MaxInAnyWindow(arrivals, Window) <= limit);
        var share = ArrivalStatistics.MedianShareOfLimit(arrivals, limit, Window);
        Assert.True(share >= 0.95, $"the requests used {share:P1} of the budget");

        // A permit of the first window, granted before any latency was known, lapses a window after its answer; the request
        // a limit later arrives no later than that plus the network, however many lapsed at once.
        var longestFirstWave = TimeSpan.FromSeconds(2) + (limit * TimeSpan.FromMilliseconds(processingMilliseconds));
        var ordered = arrivals.Order().ToList();
        var slowestTurn = Enumerable.Range(0, ordered.Count - limit).Max(index => ordered[index + limit] - ordered[index]);
        Assert.True(slowestTurn <= Window + longestFirstWave + TimeSpan.FromMilliseconds(500), $"a permit was taken again {slowestTurn} after the last");
    }

    [Fact]
    public async Task Batch_archive_keeps_several_requests_in_flight_and_fails_with_the_first_refused_chunk()
    {
        const int limit = 20;
        var clock = FakeClock.Create();
        var server = ScriptedHttpHandler.Answering(
            request => request.Body!.Contains("\"id\":\"1001\"", StringComparison.Ordinal)
                ? Responses.Json(System.Net.HttpStatusCode.BadRequest, """{"status":"error","message":"Bad ids","category":"VALIDATION_ERROR"}""")
                : new HttpResponseMessage(System.Net.HttpStatusCode.NoContent),
            clock);
        var network = new SlowNetworkHandler(server, _ => TimeSpan.FromSeconds(2), clock);
        using var client = TestClients.Create(network, TestClients.Options(clock, options => options.RequestsPerTenSeconds = limit));
        var ids = Enumerable.Range(1, 4 * limit * HubSpotLimits.MaxBatchSize).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var failure = await Assert.ThrowsAsync<HubSpotException>(() => FakeClock.RunAsync(clock, client.BatchArchiveAsync(CrmObjectType.Contacts, ids), TimeSpan.FromMilliseconds(20)));

        Assert.Equal(400, failure.Status);
        Assert.Equal(4 * limit, server.Requests.Count);
        var arrivals = server.Requests.Select(request => request.ReceivedAt).ToList();
        Assert.True(ArrivalStatistics.MaxInAnyWindow(arrivals, Window) <= limit);
        Assert.True(ArrivalStatistics.MedianShareOfLimit(arrivals, limit, Window) >= 0.95, "the archive did not use the budget");
    }

    /// <summary>
    /// Runs the upsert path once on the real clock, so that compiling it does not pass for network latency: the fake clock
    /// moves while the emulator works.
    /// </summary>
    private static async Task WarmUpAsync(HubSpotEmulator emulator, string token)
    {
        using var warmUp = TestClients.Create(emulator.CreateHandler(), TestClients.Options(configure: options =>
        {
            options.AccessToken = token;
            options.BaseAddress = emulator.BaseAddress;
        }));
        var inputs = Enumerable.Range(0, HubSpotLimits.MaxBatchSize).Select(i => new CrmObjectInput { ["email"] = $"warm{i}@example.com" });
        Assert.Empty((await warmUp.BatchUpsertAsync(CrmObjectType.Contacts, "email", inputs)).Failures);
    }
}
