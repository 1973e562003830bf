using System.Net;
using System.Text.Json;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Account;

public sealed class AccountDetailsTests
{
    [Fact]
    public async Task Details_report_the_configured_portal_id_and_every_documented_field()
    {
        var options = new HubSpotEmulatorOptions { PortalId = 424242 };
        options.RateLimits.Enabled = false;
        await using var hub = await HubSpotEmulator.StartAsync(options);

        var response = await new HubSpotHttp(hub).GetAsync("/account-info/v3/details");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(424242, response["portalId"].GetInt64());
        Assert.Equal("UTC", response["timeZone"].GetString());
        Assert.Equal("app.hubspot.com", response["uiDomain"].GetString());
        Assert.Equal("na1", response["dataHostingLocation"].GetString());
        Assert.Equal("USD", response["companyCurrency"].GetString());
        Assert.Equal(JsonValueKind.Array, response["additionalCurrencies"].ValueKind);
        Assert.Equal("+00:00", response["utcOffset"].GetString());
        Assert.Equal(0, response["utcOffsetMilliseconds"].GetInt64());
        Assert.Equal("STANDARD", response["accountType"].GetString());
    }

    [Fact]
    public async Task Details_need_a_valid_token()
    {
        await using var hub = await HubSpotEmulator.StartAsync(new HubSpotEmulatorOptions());

        var response = await new HubSpotHttp(new HttpClient { BaseAddress = hub.BaseAddress }, "pat-unknown").GetAsync("/account-info/v3/details");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }
}
