using Spoke.Authentication;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class TokenProviderTests
{
    private static readonly HubSpotRequest Read = HubSpotRequest.Get("crm/v3/objects/contacts/1");

    [Fact]
    public async Task Concurrent_requests_share_one_refresh_and_the_token_is_renewed_before_it_expires()
    {
        var clock = FakeClock.Create();
        var provider = new CountingTokenProvider(clock, lifetime: TimeSpan.FromMinutes(30));
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options =>
        {
            options.AccessToken = null;
            options.TokenProvider = provider;
        }));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Read)));
        clock.Advance(TimeSpan.FromMinutes(24));
        await client.SendAsync(Read);
        clock.Advance(TimeSpan.FromMinutes(2));
        await client.SendAsync(Read);

        Assert.Equal(2, provider.Calls);
        Assert.All(handler.Requests.Take(9), request => Assert.Equal("Bearer oauth-1", request.Authorization));
        Assert.Equal("Bearer oauth-2", handler.Requests[^1].Authorization);
    }

    [Fact]
    public async Task A_short_lived_token_is_refreshed_at_half_its_life_not_on_every_request()
    {
        var clock = FakeClock.Create();
        var provider = new CountingTokenProvider(clock, lifetime: TimeSpan.FromMinutes(4));
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok(), clock);
        using var client = TestClients.Create(handler, TestClients.Options(clock, options =>
        {
            options.AccessToken = null;
            options.TokenProvider = provider;
        }));

        await client.SendAsync(Read);
        clock.Advance(TimeSpan.FromMinutes(1));
        await client.SendAsync(Read);
        clock.Advance(TimeSpan.FromMinutes(1.5));
        await client.SendAsync(Read);

        Assert.Equal(2, provider.Calls);
    }

    [Fact]
    public void A_token_never_shows_in_ToString()
    {
        var token = new HubSpotAccessToken("secret-oauth-token", DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain("secret-oauth-token", token.ToString(), StringComparison.Ordinal);
    }

    private sealed class CountingTokenProvider(TimeProvider clock, TimeSpan lifetime) : HubSpotTokenProvider
    {
        private int _calls;

        public int Calls => _calls;

        public override async ValueTask<HubSpotAccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
        {
            var call = Interlocked.Increment(ref _calls);
            await Task.Yield();
            return new HubSpotAccessToken($"oauth-{call}", clock.GetUtcNow() + lifetime);
        }
    }
}
