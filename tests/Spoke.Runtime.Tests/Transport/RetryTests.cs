using System.Net;
using System.Net.Sockets;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class RetryTests
{
    private static readonly HubSpotRequest Read = HubSpotRequest.Get("crm/v3/objects/contacts/1");
    private static readonly HubSpotRequest Create = HubSpotRequest.Post("crm/v3/objects/contacts", """{"properties":{"email":"ada@example.com"}}"""u8.ToArray());

    [Fact]
    public async Task A_429_waits_for_Retry_After_plus_the_pad_then_succeeds()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.TenSecondlyLimit("2"), () => Responses.Ok());
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var response = await FakeClock.RunAsync(clock, client.SendAsync(Read));

        Assert.Equal(200, response.Status);
        var requests = handler.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(2_100));
    }

    [Fact]
    public async Task A_429_is_retried_even_for_a_plain_create_because_HubSpot_did_not_process_it()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.TenSecondlyLimit(retryAfterSeconds: null), () => Responses.Json(HttpStatusCode.Created, "{}"));
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var response = await FakeClock.RunAsync(clock, client.SendAsync(Create));

        Assert.Equal(201, response.Status);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, request => Assert.Equal("""{"properties":{"email":"ada@example.com"}}""", request.Body));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Server_errors_are_retried_for_requests_safe_to_repeat(HttpStatusCode status)
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.Status(status), () => Responses.Status(status), () => Responses.Ok());
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var response = await FakeClock.RunAsync(clock, client.SendAsync(Read));

        Assert.Equal(200, response.Status);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task A_503_with_a_Retry_After_date_waits_until_that_date()
    {
        var clock = FakeClock.Create();
        var retryAt = clock.GetUtcNow().AddSeconds(3);
        var handler = ScriptedHttpHandler.Sequence(
            clock,
            () => Responses.Json(HttpStatusCode.ServiceUnavailable, "{}", ("Retry-After", retryAt.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
            () => Responses.Ok());
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        await FakeClock.RunAsync(clock, client.SendAsync(Read));

        Assert.Equal(2, handler.Requests.Count);
        Assert.True(handler.Requests[1].ReceivedAt >= retryAt);
    }

    [Fact]
    public async Task A_server_error_on_a_plain_create_is_not_repeated_and_says_how_to_retry_safely()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.Status(HttpStatusCode.BadGateway), () => Responses.Ok());
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => FakeClock.RunAsync(clock, client.SendAsync(Create)));

        Assert.Single(handler.Requests);
        Assert.Equal(502, exception.Status);
        Assert.Contains("upsert by a unique property", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.MayHaveTakenEffect);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_plain_create_is_not_repeated()
    {
        var clock = FakeClock.Create();
        var handler = new ScriptedHttpHandler((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => FakeClock.RunAsync(clock, client.SendAsync(Create)));

        Assert.Single(handler.Requests);
        Assert.Equal(0, exception.Status);
        Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.Contains("may have happened", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.MayHaveTakenEffect);
    }

    [Fact]
    public async Task A_token_fetch_broken_by_the_network_is_retried_even_for_a_plain_create_because_nothing_was_sent()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.Json(HttpStatusCode.Created, "{}"));
        var provider = new FlakyTokenProvider();
        using var client = TestClients.Create(handler, TestClients.Options(clock, options =>
        {
            options.AccessToken = null;
            options.TokenProvider = provider;
        }));

        var response = await FakeClock.RunAsync(clock, client.SendAsync(Create));

        Assert.Equal(201, response.Status);
        Assert.Equal(2, provider.Calls);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_token_fetch_that_keeps_failing_says_so_and_that_nothing_was_written()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.Json(HttpStatusCode.Created, "{}"));
        using var client = TestClients.Create(handler, TestClients.Options(clock, options =>
        {
            options.AccessToken = null;
            options.TokenProvider = new FlakyTokenProvider(failures: int.MaxValue);
            options.Retry.MaxRetries = 2;
        }));

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => FakeClock.RunAsync(clock, client.SendAsync(Create)));

        Assert.Contains("token provider could not get an access token", exception.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was written", exception.Message, StringComparison.Ordinal);
        Assert.False(exception.MayHaveTakenEffect);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    [InlineData(HttpRequestError.ProxyTunnelError)]
    public async Task A_connection_that_never_opened_is_retried_even_for_a_plain_create(HttpRequestError error)
    {
        var clock = FakeClock.Create();
        var handler = new ScriptedHttpHandler(
            (request, _) => request.Index == 0
                ? throw new HttpRequestException(error, "The connection could not be set up.")
                : Task.FromResult(Responses.Json(HttpStatusCode.Created, "{}")),
            clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var response = await FakeClock.RunAsync(clock, client.SendAsync(Create));

        Assert.Equal(201, response.Status);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_connection_reset_as_it_opens_is_retried_for_a_plain_create_and_when_it_persists_says_nothing_was_written()
    {
        // The HTTP client lets this one through unwrapped when the peer resets a connection it has just accepted.
        var clock = FakeClock.Create();
        var handler = new ScriptedHttpHandler((_, _) => throw new SocketException((int)SocketError.NotConnected), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.Retry.MaxRetries = 2));

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => FakeClock.RunAsync(clock, client.SendAsync(Create)));

        Assert.Equal(3, handler.Requests.Count);
        Assert.IsType<SocketException>(exception.InnerException);
        Assert.Contains("the connection could not be opened", exception.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was written", exception.Message, StringComparison.Ordinal);
        Assert.False(exception.MayHaveTakenEffect);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_and_a_read_is_retried()
    {
        var clock = FakeClock.Create();
        var handler = new ScriptedHttpHandler(
            async (request, cancellationToken) =>
            {
                if (request.Index == 0)
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                return Responses.Ok();
            },
            clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.AttemptTimeout = TimeSpan.FromSeconds(5)));

        var response = await FakeClock.RunAsync(clock, client.SendAsync(Read), TimeSpan.FromMilliseconds(100));

        Assert.Equal(200, response.Status);
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(handler.Requests[1].ReceivedAt - handler.Requests[0].ReceivedAt >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_total_timeout_fails_at_once_with_the_wait_HubSpot_asked_for()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.TenSecondlyLimit("600"));
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => FakeClock.RunAsync(clock, client.SendAsync(Read)));

        Assert.Single(handler.Requests);
        Assert.Equal(429, exception.Status);
        Assert.Equal(TimeSpan.FromSeconds(600), exception.RetryAfter);
        Assert.Equal("TEN_SECONDLY_ROLLING", exception.PolicyName);
    }

    [Fact]
    public async Task A_429_storm_longer_than_the_retry_budget_surfaces_as_a_429()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.TenSecondlyLimit("0"));
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.Retry.MaxRetries = 3));

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => FakeClock.RunAsync(clock, client.SendAsync(Read)));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(429, exception.Status);
        Assert.Equal("c-429", exception.CorrelationId);
    }

    [Fact]
    public async Task Client_errors_are_never_retried()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.Json(HttpStatusCode.BadRequest, """{"message":"bad","category":"VALIDATION_ERROR"}"""));
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        await Assert.ThrowsAsync<HubSpotException>(() => FakeClock.RunAsync(clock, client.SendAsync(Read)));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancelling_during_a_retry_wait_stops_at_once()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.TenSecondlyLimit("30"));
        using var client = TestClients.Create(handler, TestClients.Options(clock));
        using var cancellation = new CancellationTokenSource();

        var call = client.SendAsync(Read, cancellation.Token);
        while (handler.Requests.Count == 0)
        {
            await Task.Delay(1);
        }

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_whole_call_and_says_so()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.Status(HttpStatusCode.ServiceUnavailable));
        using var client = TestClients.Create(handler, TestClients.Options(clock, options =>
        {
            options.TotalTimeout = TimeSpan.FromSeconds(20);
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
            options.Retry.MaxRetries = 100;
            options.Retry.BaseDelay = TimeSpan.FromSeconds(2);
        }));

        // A longer real pause between steps of the fake clock: on a loaded machine the clock could otherwise run past the
        // timeout between a retry's send and the server's record of it.
        var exception = await Assert.ThrowsAsync<HubSpotException>(
            () => FakeClock.RunAsync(clock, client.SendAsync(Read), TimeSpan.FromMilliseconds(100), pause: TimeSpan.FromMilliseconds(10)));

        Assert.Equal(0, exception.Status);
        Assert.Contains("total timeout", exception.Message, StringComparison.Ordinal);
        Assert.True(handler.Requests[^1].ReceivedAt - handler.Requests[0].ReceivedAt < TimeSpan.FromSeconds(20));
    }

    private sealed class FlakyTokenProvider(int failures = 1) : Spoke.Authentication.HubSpotTokenProvider
    {
        private int _calls;

        public int Calls => _calls;

        public override ValueTask<Spoke.Authentication.HubSpotAccessToken> GetTokenAsync(CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _calls) <= failures
                ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The token endpoint's answer was cut off.")
                : ValueTask.FromResult(new Spoke.Authentication.HubSpotAccessToken("oauth-token", DateTimeOffset.MaxValue));
    }
}
