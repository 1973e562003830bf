using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Faults;

public sealed class FaultInjectionTests
{
    private static async Task<HubSpotEmulator> StartAsync(int seed, params FaultRule[] rules)
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        options.Faults.Seed = seed;
        foreach (var rule in rules)
        {
            options.Faults.Rules.Add(rule);
        }

        return await HubSpotEmulator.StartAsync(options);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HubSpotEmulator hub, int count)
    {
        var http = new HubSpotHttp(hub);
        var statuses = new List<HttpStatusCode>();
        for (var index = 0; index < count; index++)
        {
            statuses.Add((await http.GetAsync("/crm/v3/objects/contacts")).Status);
        }

        return statuses;
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_faults_and_the_percentage_holds_roughly()
    {
        var rule = new FaultRule(FaultKind.Status) { StatusCode = 503, Percentage = 30 };
        await using var first = await StartAsync(7, rule);
        await using var second = await StartAsync(7, rule);
        await using var other = await StartAsync(8, rule);

        var a = await StatusesAsync(first, 60);
        var b = await StatusesAsync(second, 60);
        var c = await StatusesAsync(other, 60);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.InRange(a.Count(s => s == HttpStatusCode.ServiceUnavailable), 8, 30);
        Assert.Contains(HttpStatusCode.OK, a);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Status_faults_answer_with_the_code_and_a_correlation_id(int status)
    {
        await using var hub = await StartAsync(1, new FaultRule(FaultKind.Status) { StatusCode = status });

        var response = await new HubSpotHttp(hub).GetAsync("/crm/v3/objects/contacts");

        Assert.Equal((HttpStatusCode)status, response.Status);
        Assert.NotNull(response.Header("x-hubspot-correlation-id"));
    }

    [Fact]
    public async Task Injected_429_has_the_rate_limit_body_and_Retry_After()
    {
        await using var hub = await StartAsync(1, new FaultRule(FaultKind.Status) { StatusCode = 429 });

        var response = await new HubSpotHttp(hub).GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal("RATE_LIMIT", response["errorType"].GetString());
        Assert.Equal("1", response.Header("Retry-After"));
    }

    [Fact]
    public async Task Injected_429_on_a_search_names_the_search_limit_and_carries_no_window_headers()
    {
        await using var hub = await StartAsync(1, new FaultRule(FaultKind.Status) { StatusCode = 429, PathPattern = "/crm/v3/objects/*/search" });

        var response = await new HubSpotHttp(hub).PostAsync("/crm/v3/objects/contacts/search", "{}");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal("SECONDLY", response["policyName"].GetString());
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("X-HubSpot-RateLimit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Rules_apply_only_to_matching_method_and_path()
    {
        await using var hub = await StartAsync(1, new FaultRule(FaultKind.Status) { StatusCode = 500, Method = "POST", PathPattern = "/crm/v3/objects/*/search" });
        var http = new HubSpotHttp(hub);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/crm/v3/objects/contacts")).Status);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/crm/v3/objects/contacts", """{"properties":{}}""")).Status);
        Assert.Equal(HttpStatusCode.InternalServerError, (await http.PostAsync("/crm/v3/objects/deals/search", "{}")).Status);
    }

    [Fact]
    public async Task Dropped_connection_fails_the_request_without_applying_it()
    {
        await using var hub = await StartAsync(1, new FaultRule(FaultKind.DropConnection) { Method = "POST" });
        var http = new HubSpotHttp(hub);
        var email = Unique.Email();

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.PostAsync("/crm/v3/objects/contacts", $$$"""{"properties":{"email":"{{{email}}}"}}"""));

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/crm/v3/objects/contacts/{email}?idProperty=email")).Status);
    }

    [Fact]
    public async Task Lost_response_applies_the_write_so_a_naive_retry_meets_the_duplicate()
    {
        await using var hub = await StartAsync(1, new FaultRule(FaultKind.LoseResponseAfterWrite) { Method = "POST", PathPattern = "/crm/v3/objects/contacts" });
        var http = new HubSpotHttp(hub);
        var email = Unique.Email();

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.PostAsync("/crm/v3/objects/contacts", $$$"""{"properties":{"email":"{{{email}}}"}}"""));
        var stored = await http.GetAsync($"/crm/v3/objects/contacts/{email}?idProperty=email");

        Assert.Equal(HttpStatusCode.OK, stored.Status);
    }

    [Fact]
    public async Task Latency_waits_the_configured_delay_on_the_emulator_clock_then_serves()
    {
        var clock = new TimerRecordingTimeProvider();
        var options = new HubSpotEmulatorOptions { TimeProvider = clock };
        options.RateLimits.Enabled = false;
        options.Faults.Rules.Add(new FaultRule(FaultKind.Latency) { Latency = TimeSpan.FromMilliseconds(50) });
        await using var hub = await HubSpotEmulator.StartAsync(options);

        var response = await new HubSpotHttp(hub).GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains(TimeSpan.FromMilliseconds(50), clock.DueTimes);
    }

    /// <summary>The system clock, remembering the due time of every timer created on it.</summary>
    private sealed class TimerRecordingTimeProvider : TimeProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<TimeSpan> dueTimes = [];

        public IReadOnlyCollection<TimeSpan> DueTimes => dueTimes;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            dueTimes.Add(dueTime);
            return System.CreateTimer(callback, state, dueTime, period);
        }
    }
}
