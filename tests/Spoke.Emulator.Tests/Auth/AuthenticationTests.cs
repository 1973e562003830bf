using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Auth;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string ContactsReader = "pat-contacts-reader";
    private const string TicketsLegacy = "pat-tickets-legacy";
    private HubSpotEmulator hub = null!;

    public async Task InitializeAsync()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        options.Tokens.Add(new EmulatorToken("pat-everything"));
        options.Tokens.Add(new EmulatorToken(ContactsReader) { Scopes = ["crm.objects.contacts.read"] });
        options.Tokens.Add(new EmulatorToken(TicketsLegacy) { Scopes = ["tickets"] });
        hub = await HubSpotEmulator.StartAsync(options);
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Missing_or_unknown_token_is_401_INVALID_AUTHENTICATION(string? token)
    {
        var http = new HubSpotHttp(new HttpClient { BaseAddress = hub.BaseAddress }, token);

        var response = await http.GetAsync("/crm/v3/objects/contacts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("INVALID_AUTHENTICATION", response["category"].GetString());
        Assert.NotNull(response.Header("x-hubspot-correlation-id"));
    }

    [Fact]
    public async Task The_first_configured_token_is_the_access_token()
    {
        Assert.Equal("pat-everything", hub.AccessToken);
        var response = await new HubSpotHttp(hub).GetAsync("/crm/v3/objects/deals");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Missing_scope_is_403_MISSING_SCOPES_naming_the_scope()
    {
        var http = new HubSpotHttp(new HttpClient { BaseAddress = hub.BaseAddress }, ContactsReader);

        var read = await http.GetAsync("/crm/v3/objects/contacts");
        var write = await http.PostAsync("/crm/v3/objects/contacts", """{"properties":{}}""");
        var otherType = await http.GetAsync("/crm/v3/objects/companies");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal("MISSING_SCOPES", write["category"].GetString());
        Assert.Equal("crm.objects.contacts.write", write["errors"][0].GetProperty("context").GetProperty("requiredScopes")[0].GetString());
        Assert.Equal("crm.objects.companies.read", otherType["errors"][0].GetProperty("context").GetProperty("requiredScopes")[0].GetString());
    }

    [Fact]
    public async Task Scopes_follow_HubSpot_table_for_properties_associations_schemas_and_owners()
    {
        var http = new HubSpotHttp(new HttpClient { BaseAddress = hub.BaseAddress }, ContactsReader);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/crm/v3/properties/contacts/email")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync("/crm/v3/properties/contacts", "{}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/crm/v4/objects/contacts/1/associations/companies")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/crm/v3/schemas")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/crm/v3/owners")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/crm/v3/objects/2-3465404")).Status);
    }

    [Fact]
    public async Task Legacy_tickets_scope_grants_ticket_reads_and_writes()
    {
        var http = new HubSpotHttp(new HttpClient { BaseAddress = hub.BaseAddress }, TicketsLegacy);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/crm/v3/objects/tickets")).Status);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/crm/v3/objects/tickets", """{"properties":{"subject":"Help","hs_pipeline_stage":"1"}}""")).Status);
    }
}
