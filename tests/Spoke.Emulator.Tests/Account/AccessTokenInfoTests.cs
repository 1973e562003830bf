using System.Net;
using System.Text.Json;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Account;

/// <summary>HubSpot's token introspection endpoints: the private app one (token in the body) and the OAuth one (token in the path).</summary>
public sealed class AccessTokenInfoTests
{
    [Fact]
    public async Task A_private_app_token_is_described_with_its_own_scopes_hub_and_app()
    {
        var options = new HubSpotEmulatorOptions { PortalId = 424242 };
        options.Tokens.Add(new EmulatorToken("pat-na1-narrow") { Scopes = ["crm.objects.owners.read", "crm.objects.contacts.read"] });
        await using var hub = await HubSpotEmulator.StartAsync(options);

        var response = await new HubSpotHttp(hub, "pat-na1-narrow").PostAsync("/oauth/v2/private-apps/get/access-token-info", """{"tokenKey": "pat-na1-narrow"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["crm.objects.contacts.read", "crm.objects.owners.read"], response["scopes"].EnumerateArray().Select(scope => scope.GetString()));
        Assert.Equal(424242, response["hubId"].GetInt64());
        Assert.True(response["appId"].GetInt64() > 0);
        Assert.True(response["userId"].GetInt64() > 0);
    }

    [Fact]
    public async Task A_token_granted_every_scope_lists_every_scope_the_emulator_checks()
    {
        await using var hub = await HubSpotEmulator.StartAsync(new HubSpotEmulatorOptions());

        var response = await new HubSpotHttp(hub).PostAsync("/oauth/v2/private-apps/get/access-token-info", $$"""{"tokenKey": "{{hub.AccessToken}}"}""");

        var scopes = response["scopes"].EnumerateArray().Select(scope => scope.GetString()!).ToList();
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("crm.objects.contacts.write", scopes);
        Assert.Contains("crm.schemas.deals.read", scopes);
        Assert.Contains("crm.objects.owners.read", scopes);
        Assert.DoesNotContain("oauth", scopes);
        Assert.Equal(scopes.Order(StringComparer.Ordinal), scopes);
    }

    [Fact]
    public async Task An_oauth_token_is_described_by_the_oauth_endpoint_only()
    {
        var options = new HubSpotEmulatorOptions();
        options.Tokens.Add(new EmulatorToken("CNaKSIHAAE-oauth") { Kind = EmulatorTokenKind.OAuth, Scopes = ["oauth", "crm.objects.deals.read"] });
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var http = new HubSpotHttp(hub, "CNaKSIHAAE-oauth");

        var described = await http.GetAsync("/oauth/v1/access-tokens/CNaKSIHAAE-oauth");
        var asPrivateApp = await http.PostAsync("/oauth/v2/private-apps/get/access-token-info", """{"tokenKey": "CNaKSIHAAE-oauth"}""");

        Assert.Equal(HttpStatusCode.OK, described.Status);
        Assert.Equal("CNaKSIHAAE-oauth", described["token"].GetString());
        Assert.Equal(["crm.objects.deals.read", "oauth"], described["scopes"].EnumerateArray().Select(scope => scope.GetString()));
        Assert.Equal(8675309, described["hub_id"].GetInt64());
        Assert.Equal(1800, described["expires_in"].GetInt32());
        Assert.Equal("access", described["token_type"].GetString());
        Assert.Equal(HttpStatusCode.NotFound, asPrivateApp.Status);
    }

    [Theory]
    [InlineData("""{"tokenKey": "pat-na1-nobody"}""", HttpStatusCode.NotFound)]
    [InlineData("""{"tokenKey": ""}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"tokenKey": 5}""", HttpStatusCode.BadRequest)]
    [InlineData("""{}""", HttpStatusCode.BadRequest)]
    [InlineData("""[]""", HttpStatusCode.BadRequest)]
    public async Task An_unknown_or_missing_token_key_is_a_hubspot_error(string body, HttpStatusCode expected)
    {
        await using var hub = await HubSpotEmulator.StartAsync(new HubSpotEmulatorOptions());

        var response = await new HubSpotHttp(hub).PostAsync("/oauth/v2/private-apps/get/access-token-info", body);

        Assert.Equal(expected, response.Status);
        Assert.Equal("error", response["status"].GetString());
        Assert.Equal(JsonValueKind.String, response["category"].ValueKind);
    }

    [Fact]
    public async Task A_private_app_token_is_not_described_by_the_oauth_endpoint()
    {
        await using var hub = await HubSpotEmulator.StartAsync(new HubSpotEmulatorOptions());

        var response = await new HubSpotHttp(hub).GetAsync($"/oauth/v1/access-tokens/{hub.AccessToken}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }
}
