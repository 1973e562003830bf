using System.Net;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class RateLimiterTests
{
    private static readonly HubSpotRequest Read = HubSpotRequest.Get("crm/v3/objects/contacts/1");
    private static readonly HubSpotRequest Search = HubSpotRequest.Search(CrmObjectType.Contacts, "{}"u8.ToArray());

    [Fact]
    public async Task No_rolling_ten_second_window_ever_exceeds_the_limit_under_concurrent_load_with_retries()
    {
        var clock = FakeClock.Create();
        // Every fifth attempt is refused with a 429, so retries must take permits too.
        var handler = ScriptedHttpHandler.Answering(request => request.Index % 5 == 4 ? Responses.TenSecondlyLimit("0") : Responses.Ok(), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 10));

        var calls = Enumerable.Range(0, 40).Select(_ => client.SendAsync(Read)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls), TimeSpan.FromMilliseconds(50));

        Assert.True(handler.Requests.Count > 40, "some attempts were retries");
        Assert.True(MaxInAnyWindow(handler.Requests, TimeSpan.FromSeconds(10)) <= 10);
    }

    [Fact]
    public async Task No_window_of_arrivals_exceeds_the_limit_when_the_first_requests_reach_HubSpot_late()
    {
        var clock = FakeClock.Create();
        var server = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        // A cold start: the first window's requests take 2 s to arrive, the later ones arrive at once.
        var network = new SlowNetworkHandler(server, index => index < 10 ? TimeSpan.FromSeconds(2) : TimeSpan.Zero, clock);
        using var client = TestClients.Create(network, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 10));

        var calls = Enumerable.Range(0, 20).Select(_ => client.SendAsync(Read)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls), TimeSpan.FromMilliseconds(50));

        Assert.Equal(20, server.Requests.Count);
        Assert.True(MaxInAnyWindow(server.Requests, TimeSpan.FromSeconds(10)) <= 10);
    }

    [Fact]
    public async Task No_window_of_arrivals_exceeds_the_limit_when_one_warm_request_stalls_far_past_the_measured_latency()
    {
        var clock = FakeClock.Create();
        var server = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        // Every request takes 200 ms to arrive except one of the third window, held up 3 s (a pause of the sending process,
        // a slow link): it reaches HubSpot long after its permit was granted.
        var network = new SlowNetworkHandler(server, index => index == 25 ? TimeSpan.FromSeconds(3) : TimeSpan.FromMilliseconds(200), clock);
        using var client = TestClients.Create(network, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 10));

        var calls = Enumerable.Range(0, 50).Select(_ => client.SendAsync(Read)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls), TimeSpan.FromMilliseconds(50));

        Assert.Equal(50, server.Requests.Count);
        Assert.True(MaxInAnyWindow(server.Requests, TimeSpan.FromSeconds(10)) <= 10);
    }

    [Fact]
    public async Task No_window_of_arrivals_exceeds_the_limit_when_requests_come_in_waves_whose_later_requests_leave_later()
    {
        // A whole window's permits lapse together, so requests go out in waves, and a client busy starting a wave sends its
        // later requests later: the last of one wave arrives 0.8 s after the first. The first of the next wave is as fast as
        // the first of this one, though every attempt that finished just before it was slow.
        const int limit = 100;
        var clock = FakeClock.Create();
        var server = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        var network = new SlowNetworkHandler(server, index => TimeSpan.FromSeconds(2) + (index * 7919 % limit * TimeSpan.FromMilliseconds(8)), clock);
        using var client = TestClients.Create(network, TestClients.Options(clock, options => options.RequestsPerTenSeconds = limit));

        var calls = Enumerable.Range(0, 5 * limit).Select(_ => client.SendAsync(Read)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls), TimeSpan.FromMilliseconds(10));

        Assert.Equal(5 * limit, server.Requests.Count);
        Assert.True(MaxInAnyWindow(server.Requests, TimeSpan.FromSeconds(10)) <= limit);
    }

    [Fact]
    public async Task The_limiter_still_uses_the_whole_budget()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 10));

        var calls = Enumerable.Range(0, 25).Select(_ => client.SendAsync(Read)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls), TimeSpan.FromMilliseconds(50));

        var requests = handler.Requests.OrderBy(request => request.ReceivedAt).ToList();
        Assert.Equal(10, requests.Count(request => request.ReceivedAt == requests[0].ReceivedAt));
        Assert.True(requests[^1].ReceivedAt - requests[0].ReceivedAt < TimeSpan.FromSeconds(21));
    }

    [Fact]
    public async Task Searches_keep_to_HubSpots_documented_five_per_second_by_default_and_use_all_five()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.ApiTier = HubSpotApiTier.ApiLimitIncrease));

        var calls = Enumerable.Range(0, 20).Select(_ => client.SendAsync(Search)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls));

        Assert.Equal(20, handler.Requests.Count);
        Assert.Equal(5, MaxInAnyWindow(handler.Requests, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Searches_take_no_permit_from_the_ten_second_burst_budget()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 10));

        // 30 searches at 5 per second fit in one 10 s window; drawing on a burst budget of 10 they would need 30 s.
        var calls = Enumerable.Range(0, 30).Select(_ => client.SendAsync(Search)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls));

        Assert.Equal(30, MaxInAnyWindow(handler.Requests, TimeSpan.FromSeconds(10)));
        Assert.Equal(5, MaxInAnyWindow(handler.Requests, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Searches_leave_the_whole_burst_budget_to_other_requests()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 10));

        await FakeClock.RunAsync(clock, Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.SendAsync(Search))));
        var reads = Enumerable.Range(0, 10).Select(_ => client.SendAsync(Read)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(reads));

        var readTimes = handler.Requests.Skip(5).Select(request => request.ReceivedAt).ToList();
        Assert.Equal(readTimes[0], readTimes.Max());
    }

    [Fact]
    public void The_default_search_limit_is_the_emulators_and_HubSpots_documented_five_per_second()
    {
        var emulator = new Spoke.Emulator.EmulatorRateLimits();

        Assert.Equal(5, new HubSpotClientOptions().SearchRequestsPerSecond);
        Assert.Equal(new HubSpotClientOptions().SearchRequestsPerSecond, emulator.SearchRequestsPerWindow);
        Assert.Equal(TimeSpan.FromSeconds(1), emulator.SearchWindow);
    }

    [Fact]
    public async Task Clients_with_the_same_token_share_one_budget()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        var token = TestClients.NewToken();
        using var first = TestClients.Create(handler, TestClients.Options(clock, options => { options.AccessToken = token; options.RequestsPerTenSeconds = 10; }));
        using var second = TestClients.Create(handler, TestClients.Options(clock, options => { options.AccessToken = token; options.RequestsPerTenSeconds = 10; }));

        var calls = Enumerable.Range(0, 15).SelectMany(_ => new[] { first.SendAsync(Read), second.SendAsync(Read) }).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls), TimeSpan.FromMilliseconds(50));

        Assert.Equal(30, handler.Requests.Count);
        Assert.True(MaxInAnyWindow(handler.Requests, TimeSpan.FromSeconds(10)) <= 10);
    }

    [Fact]
    public async Task Requests_are_spaced_out_when_HubSpot_reports_the_shared_budget_running_low()
    {
        var clock = FakeClock.Create();
        // Other apps on the account have used almost everything: 3 of 100 left in the 10 s window.
        var handler = ScriptedHttpHandler.Answering(
            _ => Responses.Json(HttpStatusCode.OK, "{}",
                ("X-HubSpot-RateLimit-Max", "100"), ("X-HubSpot-RateLimit-Remaining", "3"), ("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")),
            clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock));
        await FakeClock.RunAsync(clock, client.SendAsync(Read));

        var calls = Enumerable.Range(0, 5).Select(_ => client.SendAsync(Read)).ToArray();
        await FakeClock.RunAsync(clock, Task.WhenAll(calls));

        var times = handler.Requests.Skip(1).Select(request => request.ReceivedAt).Order().ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public async Task Requests_are_spaced_out_when_HubSpot_enforces_a_lower_limit_than_the_one_configured()
    {
        // Every request counted is this client's own, but HubSpot allows 20 per window where the client was told 190.
        var clock = FakeClock.Create();
        var handler = CountingTwentyPerWindow(clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 190));

        await FakeClock.RunAsync(clock, SendInTurnAsync(client, 20));

        var times = handler.Requests.Select(request => request.ReceivedAt).ToList();
        Assert.Equal(TimeSpan.Zero, times[10] - times[0]);
        Assert.All(times.Skip(18).Zip(times.Skip(19)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task A_window_the_clients_own_requests_emptied_is_not_a_reason_to_space_them_out()
    {
        var clock = FakeClock.Create();
        var handler = CountingTwentyPerWindow(clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.RequestsPerTenSeconds = 20));

        await FakeClock.RunAsync(clock, SendInTurnAsync(client, 20));

        var times = handler.Requests.Select(request => request.ReceivedAt).ToList();
        Assert.Equal(TimeSpan.Zero, times[^1] - times[0]);
    }

    /// <summary>A server allowing 20 requests per window that reports, as HubSpot does, what is left after each one.</summary>
    private static ScriptedHttpHandler CountingTwentyPerWindow(TimeProvider clock)
    {
        var counted = 0;
        return ScriptedHttpHandler.Answering(
            _ => Responses.Json(HttpStatusCode.OK, "{}",
                ("X-HubSpot-RateLimit-Max", "20"),
                ("X-HubSpot-RateLimit-Remaining", $"{20 - Interlocked.Increment(ref counted)}"),
                ("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")),
            clock);
    }

    private static async Task SendInTurnAsync(HubSpotClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await client.SendAsync(Read);
        }
    }

    private static int MaxInAnyWindow(IEnumerable<RecordedRequest> requests, TimeSpan window) =>
        ArrivalStatistics.MaxInAnyWindow(requests.Select(request => request.ReceivedAt), window);
}
