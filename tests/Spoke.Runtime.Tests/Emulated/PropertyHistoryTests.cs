using System.Globalization;
using System.Text;
using Spoke.Runtime.Tests.HubSpot;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>propertiesWithHistory over a socket: typed per property through the generated record, raw otherwise.</summary>
public sealed class PropertyHistoryTests
{
    [Fact]
    public async Task Each_version_is_typed_as_the_records_member_with_its_timestamp_and_source()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var deal = await hub.Client.CreateAsync(CrmObjectType.Deals, new CrmObjectInput { ["dealname"] = "History", ["pipeline"] = "default", ["dealstage"] = "appointmentscheduled", ["amount"] = "100" });
        await hub.Client.UpdateAsync(CrmObjectType.Deals, deal.Id, new CrmObjectInput { ["amount"] = "250.5", ["dealstage"] = "contractsent" });
        await hub.Client.UpdateAsync(CrmObjectType.Deals, deal.Id, new CrmObjectInput { ["amount"] = "" });

        var history = await hub.Client.GetHistoryAsync<Deal>(deal.Id, ["amount", "dealstage", "no_such_property"]);

        var amounts = history.Get<decimal?>("amount");
        Assert.Equal([null, 250.5m, 100m], amounts.Versions.Select(version => version.Value));
        Assert.Equal(["", "250.5", "100"], amounts.Versions.Select(version => version.WireValue));
        Assert.True(amounts.Versions[0].Timestamp >= amounts.Versions[1].Timestamp && amounts.Versions[1].Timestamp >= amounts.Versions[2].Timestamp);
        Assert.All(amounts.Versions, version => Assert.Equal("INTEGRATION", version.SourceType));
        Assert.Equal(["contractsent", "appointmentscheduled"], history.Raw("dealstage").Versions.Select(version => version.Value));
        Assert.Equal(deal.Id, history.Id);
        Assert.DoesNotContain("no_such_property", history.PropertyNames);

        var wrongType = Assert.Throws<ArgumentException>(() => history.Get<string>("amount"));
        Assert.Contains("'amount' holds Decimal values", wrongType.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => history.Get<decimal?>("no_such_property"));
    }

    [Fact]
    public async Task An_untyped_history_reads_wire_strings_and_refuses_typed_values()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var contact = await hub.Client.CreateAsync(CrmObjectType.Contacts, new CrmObjectInput { ["email"] = "h@example.com", ["firstname"] = "Ada" });
        await hub.Client.UpdateAsync(CrmObjectType.Contacts, contact.Id, new CrmObjectInput { ["firstname"] = "Grace" });

        var history = await hub.Client.GetHistoryAsync(CrmObjectType.Contacts, contact.Id, ["firstname"]);

        Assert.Equal(["Grace", "Ada"], history.Get<string>("firstname").Versions.Select(version => version.Value));
        Assert.Throws<InvalidOperationException>(() => history.Get<DateTimeOffset?>("firstname"));
        Assert.Equal(404, (await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.GetHistoryAsync(CrmObjectType.Contacts, "999999999", ["firstname"]))).Status);
        await Assert.ThrowsAsync<ArgumentException>(() => hub.Client.GetHistoryAsync(CrmObjectType.Contacts, contact.Id, []));
    }

    [Fact]
    public async Task A_history_of_thousands_of_versions_is_read_in_full_and_in_order_with_every_source_member()
    {
        const int Count = 5_000;
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var versions = string.Join(",", Enumerable.Range(0, Count).Select(i =>
            string.Create(CultureInfo.InvariantCulture,
                $$"""{"value":"{{Count - i}}","timestamp":"{{start.AddMinutes(Count - i):yyyy-MM-ddTHH:mm:ss.fffZ}}","sourceType":"CRM_UI","sourceId":"userId:{{i}}","sourceLabel":"UI","updatedByUserId":{{i}}}""")));
        var body = $$"""{"id":"77","properties":{"hs_object_id":"77"},"propertiesWithHistory":{"amount":[{{versions}}]},"createdAt":"2020-01-01T00:00:00Z","updatedAt":"2020-01-01T00:00:00Z","archived":false}""";
        await using var server = LoopbackServer.Start(async connection =>
        {
            while (await connection.ReadRequestAsync() is not null)
            {
                await connection.WriteAsync($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");
            }
        });
        using var client = new HubSpotClient(new HubSpotClientOptions { AccessToken = "pat-na1-" + Guid.NewGuid().ToString("N"), BaseAddress = server.BaseAddress });

        var amounts = (await client.GetHistoryAsync<Deal>("77", ["amount"])).Get<decimal?>("amount");

        Assert.Equal(Count, amounts.Versions.Count);
        Assert.Equal(Enumerable.Range(1, Count).Reverse().Select(i => (decimal?)i), amounts.Versions.Select(version => version.Value));
        Assert.Equal(("userId:4999", "UI", 4999L), (amounts.Versions[^1].SourceId, amounts.Versions[^1].SourceLabel, amounts.Versions[^1].UpdatedByUserId!.Value));
        Assert.Equal(start.AddMinutes(1), amounts.Versions[^1].Timestamp);
        Assert.Equal(5_000m, amounts.Current!.Value);
    }
}
