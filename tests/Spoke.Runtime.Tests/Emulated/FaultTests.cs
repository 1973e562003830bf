using Spoke.Batch;
using Spoke.Emulator;
using Spoke.Search;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>
/// Writes through injected 429 storms, 502/503/504, dropped connections, responses lost after the write, and slow responses.
/// The faults hit only the write endpoint under test, so the verifying reads see the account as it is.
/// </summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Upserts_through_every_kind_of_fault_write_each_record_exactly_once()
    {
        const string path = "/crm/v3/objects/contacts/batch/upsert";
        await using var hub = await EmulatedHub.StartAsync(
            options => AddFaultStorm(options, path),
            client => client.Retry.MaxRetries = 15,
            overSocket: true);
        var inputs = Enumerable.Range(0, 500).Select(i => new CrmObjectInput { ["email"] = $"storm{i}@example.com", ["lastname"] = "Stormtest" }).ToList();

        var results = await hub.Client.BatchUpsertAsync(CrmObjectType.Contacts, "email", inputs, new BatchOptions { MaxConcurrentRequests = 4 });

        Assert.True(results.AllSucceeded, string.Join(Environment.NewLine, results.Failures.Select(failure => failure.Error)));
        var stored = await SearchByMarkerAsync(hub.Client, CrmObjectType.Contacts, "lastname", "Stormtest", "email");
        Assert.Equal(500, stored.Count);
        Assert.Equal(inputs.Select(input => input["email"]).Order(), stored.Select(record => record.Properties["email"]).Order());
    }

    [Fact]
    public async Task Creates_are_not_retried_once_they_may_have_reached_HubSpot_so_nothing_is_duplicated_or_lost()
    {
        const string path = "/crm/v3/objects/companies/batch/create";
        await using var hub = await EmulatedHub.StartAsync(
            options => AddFaultStorm(options, path),
            client => client.Retry.MaxRetries = 15,
            overSocket: true);
        var inputs = Enumerable.Range(0, 300).Select(i => new CrmObjectInput { ["name"] = $"Faultco {i}" }).ToList();

        var results = await hub.Client.BatchCreateAsync(CrmObjectType.Companies, inputs, new BatchOptions { MaxConcurrentRequests = 4 });

        var stored = await SearchByMarkerAsync(hub.Client, CrmObjectType.Companies, "name", "Faultco", "name");
        var storedNames = stored.Select(record => record.Properties["name"]!).ToList();
        Assert.Equal(storedNames.Count, storedNames.Distinct().Count());
        Assert.All(results.Records, record => Assert.Contains(record.Properties["name"], storedNames));
        Assert.True(results.Records.Count() >= 1, "Some chunks must get through the storm.");
    }

    [Fact]
    public async Task Slow_responses_are_waited_for()
    {
        await using var hub = await EmulatedHub.StartAsync(
            options => options.Faults.Rules.Add(new FaultRule(FaultKind.Latency) { Latency = TimeSpan.FromMilliseconds(40) }),
            overSocket: true);

        var created = await hub.Client.CreateAsync(CrmObjectType.Deals, new CrmObjectInput { ["dealname"] = "Slow deal", ["pipeline"] = "default", ["dealstage"] = "appointmentscheduled" });

        Assert.Equal("Slow deal", (await hub.Client.GetAsync(CrmObjectType.Deals, created.Id, ["dealname"])).Properties["dealname"]);
    }

    private static void AddFaultStorm(HubSpotEmulatorOptions options, string path)
    {
        options.Faults.Seed = 20261122;
        FaultRule[] storm =
        [
            new(FaultKind.Status) { StatusCode = 429, Percentage = 20, PathPattern = path },
            new(FaultKind.Status) { StatusCode = 502, Percentage = 8, PathPattern = path },
            new(FaultKind.Status) { StatusCode = 503, Percentage = 8, PathPattern = path },
            new(FaultKind.Status) { StatusCode = 504, Percentage = 8, PathPattern = path },
            new(FaultKind.DropConnection) { Percentage = 8, PathPattern = path },
            new(FaultKind.LoseResponseAfterWrite) { Percentage = 10, PathPattern = path },
            new(FaultKind.Latency) { Percentage = 20, Latency = TimeSpan.FromMilliseconds(30), PathPattern = path },
        ];
        foreach (var rule in storm)
        {
            options.Faults.Rules.Add(rule);
        }
    }

    private static async Task<List<CrmObject>> SearchByMarkerAsync(HubSpotClient client, CrmObjectType type, string property, string token, string returned)
    {
        var request = new SearchRequest
        {
            FilterGroups = [SearchFilter.Create(property, SearchOperator.ContainsToken, token)],
            Properties = [returned],
        };
        return await client.SearchAsync(type, request).ToListAsync();
    }
}
