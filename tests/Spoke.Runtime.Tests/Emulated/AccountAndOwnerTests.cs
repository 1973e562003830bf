using System.Net;
using Spoke.Account;
using Spoke.Emulator;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>Owners, account details and the token's description, over a socket against the emulator.</summary>
public sealed class AccountAndOwnerTests
{
    [Fact]
    public async Task Owners_are_listed_across_pages_and_found_by_email_ignoring_case()
    {
        await using var hub = await EmulatedHub.StartAsync(options => options.OwnerCount = 7, overSocket: true);

        var pages = await hub.Client.Owners.ListAsync().AsPages(pageSizeHint: 3).ToListAsync();
        var owners = pages.SelectMany(page => page.Values).ToList();
        var byEmail = await hub.Client.Owners.ListAsync(owners[4].Email!.ToUpperInvariant()).ToListAsync();

        Assert.Equal([3, 3, 1], pages.Select(page => page.Values.Count));
        Assert.Equal(7, owners.Select(owner => owner.Id).Distinct().Count());
        Assert.All(owners, owner => Assert.False(string.IsNullOrEmpty(owner.FullName)));
        Assert.Equal(owners[4].Id, Assert.Single(byEmail).Id);
        Assert.Equal((owners[2].Id, owners[2].Email, owners[2].UserId), await hub.Client.Owners.GetAsync(owners[2].Id) is var one ? (one.Id, one.Email, one.UserId) : default);
        Assert.Empty(await hub.Client.Owners.ListAsync(archived: true).ToListAsync());
    }

    [Fact]
    public async Task An_unknown_owner_is_a_404_and_a_token_without_the_owners_scope_a_403_naming_it()
    {
        var narrow = "pat-na1-" + Guid.NewGuid().ToString("N");
        await using var hub = await EmulatedHub.StartAsync(
            options => options.Tokens.Add(new EmulatorToken(narrow) { Scopes = ["crm.objects.contacts.read"] }), overSocket: true);
        using var narrowClient = new HubSpotClient(new HubSpotClientOptions { AccessToken = narrow, BaseAddress = hub.Emulator.BaseAddress });

        var missing = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Owners.GetAsync("999"));
        var refused = await Assert.ThrowsAsync<HubSpotException>(() => narrowClient.Owners.ListAsync().ToListAsync().AsTask());

        Assert.Equal(404, missing.Status);
        Assert.Equal(403, refused.Status);
        Assert.Contains("crm.objects.owners.read", refused.RequiredScopes);
    }

    [Fact]
    public async Task Account_details_carry_the_portal_id_and_make_record_links()
    {
        await using var hub = await EmulatedHub.StartAsync(options => options.PortalId = 24681357, overSocket: true);

        var details = await hub.Client.Account.GetDetailsAsync();

        Assert.Equal((24681357L, "app.hubspot.com", "UTC"), (details.PortalId, details.UiDomain, details.TimeZone));
        Assert.Equal("https://app.hubspot.com/contacts/24681357/record/0-3/512", details.RecordUrl(CrmObjectType.Deals, "512").AbsoluteUri);
        Assert.Equal(
            "https://app-eu1.hubspot.com/contacts/24681357/record/2-3465404/a%2Fb",
            (details with { UiDomain = "app-eu1.hubspot.com" }).RecordUrl(CrmObjectType.Custom("shipment", "2-3465404"), "a/b").AbsoluteUri);
        Assert.StartsWith("https://app.hubspot.com/", (details with { UiDomain = "evil.example/x?" }).RecordUrl(CrmObjectType.Deals, "1").AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_private_app_token_is_described_with_its_scopes()
    {
        var token = "pat-na1-" + Guid.NewGuid().ToString("N");
        await using var hub = await EmulatedHub.StartAsync(
            options => options.Tokens.Add(new EmulatorToken(token) { Scopes = ["crm.objects.deals.read", "crm.objects.owners.read"] }), overSocket: true);
        using var client = new HubSpotClient(new HubSpotClientOptions { AccessToken = token, BaseAddress = hub.Emulator.BaseAddress });

        var info = await client.Account.GetAccessTokenInfoAsync();

        Assert.Equal(["crm.objects.deals.read", "crm.objects.owners.read"], info.Scopes);
        Assert.True(info.HasScope("crm.objects.owners.read"));
        Assert.False(info.HasScope("crm.objects.deals.write"));
        Assert.Equal(8675309, info.HubId);
        Assert.NotNull(info.AppId);
    }

    [Fact]
    public async Task An_oauth_token_is_never_sent_in_an_address()
    {
        var handler = new CountingHandler(ScriptedHttpHandler.Answering(_ => Responses.Json(HttpStatusCode.OK, "{}")));
        using var client = new HubSpotClient(new HttpClient(handler), new HubSpotClientOptions { AccessToken = "CJSecretOAuthAccessToken", BaseAddress = TestClients.BaseAddress });

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => client.Account.GetAccessTokenInfoAsync());

        Assert.Contains("/oauth/v1/access-tokens/", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CJSecret", refused.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Statuses);
    }

    [Fact]
    public async Task Details_without_a_portal_id_are_a_clear_error_not_a_zero()
    {
        using var client = new HubSpotClient(
            new HttpClient(ScriptedHttpHandler.Answering(_ => Responses.Json(HttpStatusCode.OK, """{"uiDomain": "app.hubspot.com"}"""))),
            new HubSpotClientOptions { AccessToken = "pat-na1-x", BaseAddress = TestClients.BaseAddress });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => client.Account.GetDetailsAsync());

        Assert.Contains("portalId", failure.Message, StringComparison.Ordinal);
    }
}
