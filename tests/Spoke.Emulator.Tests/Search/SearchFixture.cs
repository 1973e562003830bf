using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Search;

/// <summary>A fresh emulator holding a known set of shipments and contacts, so search counts are exact.</summary>
public sealed class SearchFixture : IAsyncLifetime
{
    private HubSpotEmulator? hub;

    internal HubSpotHttp Http { get; private set; } = null!;

    public HubSpotEmulator Hub => hub!;

    public async Task InitializeAsync()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        hub = await HubSpotEmulator.StartAsync(options);
        Http = new HubSpotHttp(hub);
        var carriers = new[] { "ups", "fedex", "dhl", "usps" };
        var inputs = Enumerable.Range(1, 40).Select(i =>
            $$$"""{"properties":{"shipment_number":"SHP-{{{i:000}}}","tracking_number":"Track {{{i}}} Box","carrier":"{{{carriers[i % 4]}}}","weight_kg":"{{{i}}}","shipped_on":"2025-01-{{{(i % 28) + 1:00}}}","is_insured":"{{{(i % 2 == 0 ? "true" : "false")}}}"{{{(i % 5 == 0 ? "" : ",\"status\":\"in_transit\"")}}}}}""");
        var response = await Http.PostAsync("/crm/v3/objects/2-3465404/batch/create", $$$"""{"inputs":[{{{string.Join(",", inputs)}}}]}""");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.Status);
        await Http.PostAsync("/crm/v3/objects/contacts/batch/create",
            """{"inputs":[{"properties":{"email":"alice@hubspot.com","firstname":"Alice","lastname":"Smith","company":"HubSpot"}},{"properties":{"email":"bob@example.com","firstname":"Bob","lastname":"Jones","company":"Example Inc"}},{"properties":{"email":"carol@hubspot.com","firstname":"Carol","lastname":"Stone"}}]}""");
    }

    public async Task DisposeAsync()
    {
        Http.Client.Dispose();
        if (hub is not null)
        {
            await hub.DisposeAsync();
        }
    }
}
