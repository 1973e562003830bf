using Spoke.History;
using Spoke.Runtime.Tests.HubSpot;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>Property history of many records over a socket: listed in pages and batch-read in requests of HubSpot's history limit (50).</summary>
public sealed class HistoryOfManyRecordsTests
{
    [Fact]
    public async Task Listing_history_pages_by_50_and_types_each_records_versions()
    {
        await using var hub = await EmulatedHub.StartAsync(options => options.Seed["deals"] = 70, overSocket: true);
        var deal = await hub.Client.CreateAsync(CrmObjectType.Deals, new CrmObjectInput { ["dealname"] = "Listed", ["pipeline"] = "default", ["dealstage"] = "appointmentscheduled", ["amount"] = "10" });
        await hub.Client.UpdateAsync(CrmObjectType.Deals, deal.Id, new CrmObjectInput { ["amount"] = "20.5" });

        var pages = await hub.Client.ListHistoryAsync<Deal>(["amount", "dealstage"]).AsPages().ToListAsync();

        Assert.Equal([50, 21], pages.Select(page => page.Values.Count));
        var histories = pages.SelectMany(page => page.Values).ToList();
        Assert.Equal(71, histories.Select(history => history.Id).Distinct().Count());
        var ours = Assert.Single(histories, history => history.Id == deal.Id);
        Assert.Equal([20.5m, 10m], ours.Get<decimal?>("amount").Versions.Select(version => version.Value));
        Assert.All(ours.Get<decimal?>("amount").Versions, version => Assert.Equal("INTEGRATION", version.SourceType));
        Assert.All(ours.Get<decimal?>("amount").Versions, version => Assert.False(string.IsNullOrEmpty(version.SourceId)));
        Assert.Equal("appointmentscheduled", ours.Raw("dealstage").Current!.Value);
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.Null(pages[1].ContinuationToken);
    }

    [Fact]
    public async Task A_history_listing_refuses_pages_over_50_and_empty_property_lists_before_sending()
    {
        CountingHandler? counter = null;
        await using var hub = await EmulatedHub.StartAsync(overSocket: true, wrapSocketHandler: inner => counter = new CountingHandler(inner));

        var tooBig = Assert.Throws<ArgumentOutOfRangeException>(() => hub.Client.ListHistoryAsync(CrmObjectType.Deals, ["amount"]).AsPages(pageSizeHint: 51));
        Assert.Throws<ArgumentException>(() => hub.Client.ListHistoryAsync(CrmObjectType.Deals, [" "]));
        await Assert.ThrowsAsync<ArgumentException>(() => hub.Client.BatchReadHistoryAsync(CrmObjectType.Deals, ["1"], []));

        Assert.Contains(nameof(HubSpotLimits.MaxRecordsWithHistory), tooBig.Message, StringComparison.Ordinal);
        Assert.Empty(counter!.Statuses);
    }

    [Fact]
    public async Task A_batch_history_read_of_120_ids_is_sent_in_requests_of_50_and_each_id_gets_its_own_history()
    {
        CountingHandler? counter = null;
        await using var hub = await EmulatedHub.StartAsync(options => options.Seed["contacts"] = 120, overSocket: true, wrapSocketHandler: inner => counter = new CountingHandler(inner));
        var ids = new List<string>();
        await foreach (var contact in hub.Client.ListAsync(CrmObjectType.Contacts))
        {
            ids.Add(contact.Id);
        }

        await hub.Client.UpdateAsync(CrmObjectType.Contacts, ids[77], new CrmObjectInput { ["jobtitle"] = "First" });
        await hub.Client.UpdateAsync(CrmObjectType.Contacts, ids[77], new CrmObjectInput { ["jobtitle"] = "Second" });

        var result = await hub.Client.BatchReadHistoryAsync<Contact>([.. ids, "987654321", ids[77]], ["jobtitle"]);

        var historyReads = counter!.Bodies.Where(body => body.Contains("propertiesWithHistory", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, historyReads.Count);
        Assert.All(historyReads, body => Assert.True(body.Split("\"id\"").Length - 1 <= 50, body));
        Assert.Equal(122, result.Count);
        Assert.Equal([.. ids, ids[77]], result.Records.Select(history => history.Id));
        // The seeded contact had a job title of its own before the two changes.
        Assert.Equal(["Second", "First"], result[77].Record!.Get<string?>("jobtitle").Versions.Take(2).Select(version => version.Value));
        Assert.Equal(3, result[77].Record!.Get<string?>("jobtitle").Versions.Count);
        Assert.Equal(["Second", "First"], result[121].Record!.Raw("jobtitle").Versions.Take(2).Select(version => version.Value));
        var unknown = Assert.Single(result.Failures);
        Assert.Equal("987654321", unknown.Input);
        Assert.Equal("OBJECT_NOT_FOUND", unknown.Error!.Category);
    }

    [Fact]
    public void The_model_factory_builds_typed_and_untyped_histories_for_test_doubles()
    {
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        IReadOnlyList<PropertyVersion<string>> amounts = [new(null, "42.5", at, "CRM_UI", "userId:7", null, 7), new(null, "", at.AddDays(-1), "IMPORT", null, null, null)];
        var versions = new Dictionary<string, IReadOnlyList<PropertyVersion<string>>> { ["amount"] = amounts };

        var typed = HubSpotModelFactory.RecordHistory<Deal>("5", versions);
        var untyped = HubSpotModelFactory.RecordHistory(CrmObjectType.Deals, "5", versions);

        Assert.Equal([42.5m, null], typed.Get<decimal?>("amount").Versions.Select(version => version.Value));
        Assert.Equal((7L, CrmObjectType.Deals), (typed.Get<decimal?>("amount").Current!.UpdatedByUserId!.Value, typed.ObjectType));
        Assert.Equal(["42.5", ""], untyped.Raw("amount").Versions.Select(version => version.WireValue));
        Assert.Throws<InvalidOperationException>(() => untyped.Get<decimal?>("amount"));
    }
}
