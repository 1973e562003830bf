using System.Net;
using Spoke.Authentication;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class RefreshTokenProviderTests
{
    [Fact]
    public async Task Exchanges_the_refresh_token_keeps_the_rotated_one_and_computes_the_expiry()
    {
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Answering(request => Responses.Json(HttpStatusCode.OK,
            $$"""{"token_type":"bearer","access_token":"access-{{request.Index}}","refresh_token":"refresh-{{request.Index + 1}}","expires_in":1800}"""));
        using var provider = new HubSpotRefreshTokenProvider("client-1", "secret-1", "refresh-0", TestClients.BaseAddress, new HttpClient(handler), clock);

        var first = await provider.GetTokenAsync();
        var second = await provider.GetTokenAsync();

        Assert.Equal("access-0", first.Value);
        Assert.Equal(clock.GetUtcNow().AddMinutes(30), first.ExpiresOn);
        Assert.Equal("access-1", second.Value);
        Assert.Equal("http://hubspot.test/oauth/v1/token", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("grant_type=refresh_token&client_id=client-1&client_secret=secret-1&refresh_token=refresh-0", handler.Requests[0].Body);
        Assert.EndsWith("refresh_token=refresh-1", handler.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_refresh_explains_what_to_check_without_revealing_secrets()
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Json(HttpStatusCode.BadRequest,
            """{"status":"BAD_REFRESH_TOKEN","message":"missing or unknown refresh token"}"""));
        using var provider = new HubSpotRefreshTokenProvider("client-1", "secret-1", "refresh-0", TestClients.BaseAddress, new HttpClient(handler));

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => provider.GetTokenAsync().AsTask());

        Assert.Equal(400, exception.Status);
        Assert.Contains("missing or unknown refresh token", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-1", exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-0", exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-1", provider.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_that_echoes_the_secrets_does_not_carry_them_into_the_exception()
    {
        var handler = ScriptedHttpHandler.Answering(request => Responses.Json(HttpStatusCode.BadRequest,
            $$"""{"status":"BAD_REFRESH_TOKEN","message":"unknown token in {{request.Body}}"}"""));
        using var provider = new HubSpotRefreshTokenProvider("client-1", "secret-0f3c9a7e51", "refresh-7d2b44e0c1", TestClients.BaseAddress, new HttpClient(handler));

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => provider.GetTokenAsync().AsTask());

        Assert.Contains("unknown token", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0f3c9a7e51", exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("7d2b44e0c1", exception.ToString(), StringComparison.Ordinal);
    }
}
