using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spoke.Authentication;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

/// <summary>
/// A token that cannot travel in an <c>Authorization</c> header is an option error, found before any request: when the
/// client is built, when <c>AddHubSpot</c> options are validated, and when a token provider hands one over at run time.
/// </summary>
public sealed class TokenFormatTests
{
    private const string Secret = "0f3c9a7e51d24b8e";

    public static TheoryData<string, string> BadTokens => new()
    {
        { $"pat-na1-{Secret}\r\nX-Injected: 1", "line break" },
        { $"pat-na1-{Secret}\nmore", "line break" },
        { $"pat-na1-{Secret}\rmore", "line break" },
        { $"pat-na1-{Secret}é", "non-ASCII" },
        { $"pat-na1-{Secret}\u200B", "non-ASCII" },
        { $"pat-na1-{Secret} tail", "space or control character" },
        { $"pat-na1-{Secret}\u0000", "space or control character" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public void The_constructors_reject_a_token_that_cannot_be_sent_and_never_show_it(string token, string problem)
    {
        var options = TestClients.Options(configure: options => options.AccessToken = token);

        var owned = Assert.Throws<ArgumentException>(() => new HubSpotClient(options));
        var shared = Assert.Throws<ArgumentException>(() => new HubSpotClient(new HttpClient(), options));

        foreach (var error in new[] { owned, shared })
        {
            Assert.Contains("AccessToken", error.Message, StringComparison.Ordinal);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task AddHubSpot_options_validation_rejects_it_before_any_request(string token, string problem)
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok());
        var services = new ServiceCollection();
        services.AddHubSpot(options =>
        {
            options.AccessToken = token;
            options.BaseAddress = TestClients.BaseAddress;
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HubSpotClientOptions>>().Value);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<HubSpotClient>());

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_provider_token_that_cannot_be_sent_fails_the_call_clearly_without_a_request_or_a_retry(string token, string problem)
    {
        var provider = new FixedTokenProvider(token);
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok());
        using var client = TestClients.Create(handler, TestClients.Options(configure: options =>
        {
            options.AccessToken = null;
            options.TokenProvider = provider;
        }));

        var error = await Assert.ThrowsAsync<HubSpotException>(
            () => client.SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts/1")));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(FixedTokenProvider), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("connection", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, error.Status);
        Assert.Equal(1, provider.Calls);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_provider_that_returns_no_token_at_all_fails_the_call_clearly()
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok());
        using var client = TestClients.Create(handler, TestClients.Options(configure: options =>
        {
            options.AccessToken = null;
            options.TokenProvider = new DefaultTokenProvider();
        }));

        var error = await Assert.ThrowsAsync<HubSpotException>(
            () => client.SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts/1")));

        Assert.Contains("no access token", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_token_endpoint_answer_with_a_broken_token_is_an_authentication_error_and_no_api_request_is_sent()
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Json(System.Net.HttpStatusCode.OK,
            $$"""{"token_type":"bearer","access_token":"CJ{{Secret}}\r\nX: y","refresh_token":"r2","expires_in":1800}"""));
        using var provider = new HubSpotRefreshTokenProvider("client-1", "secret-1", "refresh-0", TestClients.BaseAddress, new HttpClient(handler));
        var api = ScriptedHttpHandler.Answering(_ => Responses.Ok());
        using var client = TestClients.Create(api, TestClients.Options(configure: options =>
        {
            options.AccessToken = null;
            options.TokenProvider = provider;
        }));

        var error = await Assert.ThrowsAsync<HubSpotException>(
            () => client.SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts/1")));

        Assert.Contains("line break", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(HubSpotRefreshTokenProvider), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Single(handler.Requests);
        Assert.Empty(api.Requests);
    }

    private sealed class FixedTokenProvider(string token) : HubSpotTokenProvider
    {
        private int _calls;

        public int Calls => _calls;

        public override ValueTask<HubSpotAccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(new HubSpotAccessToken(token, DateTimeOffset.MaxValue));
        }
    }

    private sealed class DefaultTokenProvider : HubSpotTokenProvider
    {
        public override ValueTask<HubSpotAccessToken> GetTokenAsync(CancellationToken cancellationToken = default) => default;
    }
}
