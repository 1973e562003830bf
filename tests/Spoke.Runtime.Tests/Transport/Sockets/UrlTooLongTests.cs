using System.Net;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport.Sockets;

/// <summary>A 414 from HubSpot or a gateway is reported as what it is: a URL too long, not a passing failure to retry later.</summary>
public sealed class UrlTooLongTests
{
    [Fact]
    public async Task A_414_says_the_url_was_too_long_and_is_not_retried()
    {
        await using var server = LoopbackServer.AnsweringHtml(414, "Request-URI Too Large");
        using var client = new HubSpotClient(TestClients.Options(configure: options => options.BaseAddress = server.BaseAddress));

        var error = await Assert.ThrowsAsync<HubSpotException>(
            () => client.SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts/1") with { Query = [new("properties", new string('p', 5_000))] }));

        Assert.Equal(1, server.Requests);
        Assert.Equal(414, error.Status);
        Assert.Contains("URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("retry later", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
