using Microsoft.Extensions.Time.Testing;
using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Limits;

public sealed class RateLimitTests
{
    private static async Task<HubSpotEmulator> StartAsync(Action<HubSpotEmulatorOptions> configure)
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Window = TimeSpan.FromSeconds(30);
        options.RateLimits.SearchWindow = TimeSpan.FromSeconds(30);
        configure(options);
        return await HubSpotEmulator.StartAsync(options);
    }

    [Fact]
    public async Task Burst_window_counts_down_in_headers_then_answers_429_TEN_SECONDLY_ROLLING()
    {
        await using var hub = await StartAsync(o => o.Tokens.Add(new EmulatorToken("pat-small") { BurstLimit = 3, DailyLimit = 100 }));
        var http = new HubSpotHttp(hub);

        var responses = new List<ApiResponse>();
        for (var index = 0; index < 4; index++)
        {
            responses.Add(await http.GetAsync("/crm/v3/objects/contacts"));
        }

        Assert.Equal(["2", "1", "0"], responses.Take(3).Select(r => r.Header("X-HubSpot-RateLimit-Remaining")));
        Assert.Equal("3", responses[0].Header("X-HubSpot-RateLimit-Max"));
        Assert.Equal("30000", responses[0].Header("X-HubSpot-RateLimit-Interval-Milliseconds"));
        Assert.Equal("100", responses[0].Header("X-HubSpot-RateLimit-Daily"));
        Assert.Equal("99", responses[0].Header("X-HubSpot-RateLimit-Daily-Remaining"));
        var refused = responses[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMIT", refused["errorType"].GetString());
        Assert.Equal("TEN_SECONDLY_ROLLING", refused["policyName"].GetString());
        Assert.Equal("You have reached your ten_secondly_rolling limit.", refused["message"].GetString());
        Assert.True(int.Parse(refused.Header("Retry-After")!) >= 1);
    }

    [Fact]
    public async Task The_window_rolls_so_requests_are_accepted_again()
    {
        var clock = new FakeTimeProvider(EmulatorClock.Start);
        await using var hub = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.RateLimits.Window = TimeSpan.FromSeconds(10);
            o.Tokens.Add(new EmulatorToken("pat-small") { BurstLimit = 1 });
        });
        var http = new HubSpotHttp(hub);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/crm/v3/objects/contacts")).Status);
        clock.Advance(TimeSpan.FromSeconds(4));
        var refused = await http.GetAsync("/crm/v3/objects/contacts");
        clock.Advance(TimeSpan.FromSeconds(7));
        var accepted = await http.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("6", refused.Header("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
    }

    [Fact]
    public async Task Daily_quota_answers_429_DAILY()
    {
        await using var hub = await StartAsync(o => o.Tokens.Add(new EmulatorToken("pat-daily") { DailyLimit = 1 }));
        var http = new HubSpotHttp(hub);

        await http.GetAsync("/crm/v3/objects/contacts");
        var refused = await http.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal("DAILY", refused["policyName"].GetString());
    }

    [Fact]
    public async Task Search_has_its_own_limit_and_no_rate_limit_headers()
    {
        await using var hub = await StartAsync(o =>
        {
            o.RateLimits.SearchRequestsPerWindow = 2;
            o.Tokens.Add(new EmulatorToken("pat-search") { BurstLimit = 1 });
        });
        var http = new HubSpotHttp(hub);

        var first = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");
        var second = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");
        var third = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");
        var list = await http.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Null(first.Header("X-HubSpot-RateLimit-Max"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.Equal("SECONDLY", third["policyName"].GetString());
        Assert.Equal(HttpStatusCode.OK, list.Status);
    }

    [Fact]
    public async Task Search_allows_five_requests_per_second_by_default_as_hubspots_2026_docs_say()
    {
        var clock = new FakeTimeProvider(EmulatorClock.Start);
        await using var hub = await HubSpotEmulator.StartAsync(new HubSpotEmulatorOptions { TimeProvider = clock });
        var http = new HubSpotHttp(hub);

        var statuses = new List<HttpStatusCode>();
        for (var index = 0; index < 6; index++)
        {
            statuses.Add((await http.PostAsync("/crm/v3/objects/contacts/search", "{}")).Status);
        }

        var refused = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");
        clock.Advance(TimeSpan.FromSeconds(1));
        var accepted = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("SECONDLY", refused["policyName"].GetString());
        Assert.Equal("1", refused.Header("Retry-After"));
        Assert.Empty(RateLimitHeaders(refused));
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
    }

    [Fact]
    public async Task Search_limit_is_shared_by_every_token_of_the_account()
    {
        await using var hub = await StartAsync(o =>
        {
            o.RateLimits.SearchRequestsPerWindow = 2;
            o.Tokens.Add(new EmulatorToken("pat-first"));
            o.Tokens.Add(new EmulatorToken("pat-second"));
        });
        var first = new HubSpotHttp(hub, "pat-first");
        var second = new HubSpotHttp(hub, "pat-second");

        var one = await first.PostAsync("/crm/v3/objects/contacts/search", "{}");
        var two = await second.PostAsync("/crm/v3/objects/contacts/search", "{}");
        var three = await first.PostAsync("/crm/v3/objects/contacts/search", "{}");

        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Equal(HttpStatusCode.OK, two.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, three.Status);
        Assert.Equal("SECONDLY", three["policyName"].GetString());
    }

    [Fact]
    public async Task Search_counts_against_the_daily_quota_but_never_the_ten_second_window()
    {
        await using var hub = await StartAsync(o => o.Tokens.Add(new EmulatorToken("pat-daily") { BurstLimit = 1, DailyLimit = 3 }));
        var http = new HubSpotHttp(hub);

        var searches = new List<ApiResponse>();
        for (var index = 0; index < 2; index++)
        {
            searches.Add(await http.PostAsync("/crm/v3/objects/contacts/search", "{}"));
        }

        var list = await http.GetAsync("/crm/v3/objects/contacts");
        var overQuota = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");

        Assert.All(searches, search => Assert.Equal(HttpStatusCode.OK, search.Status));
        Assert.All(searches, search => Assert.Empty(RateLimitHeaders(search)));
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal("0", list.Header("X-HubSpot-RateLimit-Remaining"));
        Assert.Equal("0", list.Header("X-HubSpot-RateLimit-Daily-Remaining"));
        Assert.Equal(HttpStatusCode.TooManyRequests, overQuota.Status);
        Assert.Equal("DAILY", overQuota["policyName"].GetString());
        Assert.Empty(RateLimitHeaders(overQuota));
    }

    [Fact]
    public void The_search_limit_defaults_to_five_per_second()
    {
        var limits = new EmulatorRateLimits();

        Assert.Equal(5, limits.SearchRequestsPerWindow);
        Assert.Equal(TimeSpan.FromSeconds(1), limits.SearchWindow);
    }

    [Fact]
    public async Task Responses_carry_the_deprecated_secondly_headers_a_tenth_of_the_window_counting_the_last_second()
    {
        var clock = new ManualClock();
        await using var hub = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.RateLimits.Window = TimeSpan.FromSeconds(10);
            o.Tokens.Add(new EmulatorToken("oauth-token") { Kind = EmulatorTokenKind.OAuth });
        });
        var http = new HubSpotHttp(hub);

        var first = await http.GetAsync("/crm/v3/objects/contacts");
        var second = await http.GetAsync("/crm/v3/objects/contacts");
        clock.Advance(TimeSpan.FromSeconds(1));
        var later = await http.GetAsync("/crm/v3/objects/contacts");
        var search = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");

        // As recorded from HubSpot: max 110 per 10 s comes with secondly 11, and the secondly pair is not enforced.
        Assert.Equal("11", first.Header("X-HubSpot-RateLimit-Secondly"));
        Assert.Equal("10", first.Header("X-HubSpot-RateLimit-Secondly-Remaining"));
        Assert.Equal("9", second.Header("X-HubSpot-RateLimit-Secondly-Remaining"));
        Assert.Equal("10", later.Header("X-HubSpot-RateLimit-Secondly-Remaining"));
        Assert.Equal("107", later.Header("X-HubSpot-RateLimit-Remaining"));
        Assert.Null(search.Header("X-HubSpot-RateLimit-Secondly"));
    }

    [Fact]
    public async Task Secondly_remaining_stops_at_zero_without_refusing()
    {
        await using var hub = await StartAsync(o =>
        {
            o.TimeProvider = new ManualClock();
            o.RateLimits.Window = TimeSpan.FromSeconds(10);
            o.Tokens.Add(new EmulatorToken("pat-burst") { BurstLimit = 20 });
        });
        var http = new HubSpotHttp(hub);

        var responses = new List<ApiResponse>();
        for (var index = 0; index < 4; index++)
        {
            responses.Add(await http.GetAsync("/crm/v3/owners"));
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(["2", "2", "2", "2"], responses.Select(r => r.Header("X-HubSpot-RateLimit-Secondly")));
        Assert.Equal(["1", "0", "0", "0"], responses.Select(r => r.Header("X-HubSpot-RateLimit-Secondly-Remaining")));
    }

    [Fact]
    public async Task OAuth_tokens_get_110_and_no_daily_headers()
    {
        await using var hub = await StartAsync(o => o.Tokens.Add(new EmulatorToken("oauth-token") { Kind = EmulatorTokenKind.OAuth }));

        var response = await new HubSpotHttp(hub).GetAsync("/crm/v3/objects/contacts");

        Assert.Equal("110", response.Header("X-HubSpot-RateLimit-Max"));
        Assert.Null(response.Header("X-HubSpot-RateLimit-Daily"));
    }

    [Theory]
    [InlineData(HubSpotTier.Starter, "100", "250000")]
    [InlineData(HubSpotTier.Professional, "190", "625000")]
    [InlineData(HubSpotTier.Enterprise, "190", "1000000")]
    [InlineData(HubSpotTier.ApiLimitIncrease, "250", "2000000")]
    public async Task Private_app_limits_follow_the_tier(HubSpotTier tier, string burst, string daily)
    {
        await using var hub = await StartAsync(o => o.Tokens.Add(new EmulatorToken("pat-tier") { Tier = tier }));

        var response = await new HubSpotHttp(hub).GetAsync("/crm/v3/owners");

        Assert.Equal(burst, response.Header("X-HubSpot-RateLimit-Max"));
        Assert.Equal(daily, response.Header("X-HubSpot-RateLimit-Daily"));
    }

    [Fact]
    public async Task Limits_can_be_switched_off()
    {
        await using var hub = await StartAsync(o =>
        {
            o.RateLimits.Enabled = false;
            o.Tokens.Add(new EmulatorToken("pat-off") { BurstLimit = 1 });
        });
        var http = new HubSpotHttp(hub);

        for (var index = 0; index < 5; index++)
        {
            var response = await http.GetAsync("/crm/v3/objects/contacts");
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Null(response.Header("X-HubSpot-RateLimit-Max"));
        }
    }

    private static List<string> RateLimitHeaders(ApiResponse response) =>
        [.. response.Headers.Select(h => h.Key).Where(name => name.StartsWith("X-HubSpot-RateLimit", StringComparison.OrdinalIgnoreCase))];
}
