using System.Text.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Search;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Tests.Search;

/// <summary>
/// The indexed search engine (columns, value and ordered indexes, candidate planning, top-k paging) must answer every
/// query exactly as <see cref="ReferenceSearch"/> does: random filters over every operator and property type, sorts,
/// limits and offsets, before and after random updates, clears, archives and deletions, and under an indexing delay.
/// </summary>
public sealed class IndexedSearchTests
{
    private const int RecordCount = 1_200;
    private const int QueriesPerRound = 300;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Indexed_results_equal_a_full_scan_through_writes_and_indexing_delay(int seed)
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var database = hub.State.Database;
        Assert.True(hub.State.Schema.TryResolve("contacts", out var contacts));
        var data = new RandomSearchData(new Random(seed));
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        database.Write(write =>
        {
            for (var serial = 0; serial < RecordCount; serial++)
            {
                write.Create(contacts, data.Record(serial), start.AddMinutes(serial));
            }
        });

        var everything = DateTimeOffset.MaxValue;
        AssertSameAnswers(database, contacts, data, everything);

        ChangeAtRandom(database, contacts, data);
        AssertSameAnswers(database, contacts, data, everything);
        AssertSameAnswers(database, contacts, data, start.AddMinutes(RecordCount / 2));
        AssertSameAnswers(database, contacts, data, DateTimeOffset.UtcNow.AddDays(-1));
    }

    [Fact]
    public async Task A_write_is_seen_by_the_next_search_through_a_built_index()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var database = hub.State.Database;
        Assert.True(hub.State.Schema.TryResolve("contacts", out var contacts));
        var record = database.Write(write => write.Create(contacts, new Dictionary<string, string> { ["followercount"] = "5", ["lifecyclestage"] = "lead" }));
        var byStage = Request(contacts, hub.State.Schema, """{"filterGroups":[{"filters":[{"propertyName":"lifecyclestage","operator":"EQ","value":"customer"}]}]}""");
        var byCount = Request(contacts, hub.State.Schema, """{"filterGroups":[{"filters":[{"propertyName":"followercount","operator":"GT","value":"9"}]}]}""");
        Assert.Equal(0, Search(database, contacts, byStage).Total);
        Assert.Equal(0, Search(database, contacts, byCount).Total);

        database.Write(write => write.Update(contacts, record, new Dictionary<string, string?> { ["followercount"] = "12", ["lifecyclestage"] = "customer" }));

        Assert.Equal([record.Id], Search(database, contacts, byStage).Page.Select(r => r.Id));
        Assert.Equal([record.Id], Search(database, contacts, byCount).Page.Select(r => r.Id));
    }

    private static void AssertSameAnswers(CrmDatabase database, ObjectTypeDefinition type, RandomSearchData data, DateTimeOffset visibleBefore)
    {
        for (var query = 0; query < QueriesPerRound; query++)
        {
            var body = data.SearchBody();
            var request = SearchRequestReader.Read(body, type, database.Schema);
            var (total, page, next) = database.Read(() => SearchEngine.Run(database, type, request, visibleBefore));
            var expected = database.Read(() => ReferenceSearch.Run(database.Collection(type), request, visibleBefore));
            var context = $"visible before {visibleBefore:O}, body {body.GetRawText()}";
            Assert.True(expected.Total == total, $"total {total}, expected {expected.Total}: {context}");
            Assert.True(expected.Page.SequenceEqual(page.Select(r => r.Id)),
                $"page [{string.Join(",", page.Select(r => r.Id))}], expected [{string.Join(",", expected.Page)}]: {context}");
            Assert.True(expected.NextAfter == next, $"next {next}, expected {expected.NextAfter}: {context}");
        }
    }

    /// <summary>Changes or clears values of a quarter of the records, archives some and deletes a few.</summary>
    private static void ChangeAtRandom(CrmDatabase database, ObjectTypeDefinition type, RandomSearchData data) => database.Write(write =>
    {
        var records = write.Database.Collection(type).Records.ToList();
        for (var change = 0; change < RecordCount / 4; change++)
        {
            var record = data.Pick(records);
            var name = data.Pick(RandomSearchData.Properties);
            write.Update(type, record, new Dictionary<string, string?> { [name] = data.Change(name, record.Id) });
        }

        for (var archive = 0; archive < RecordCount / 20; archive++)
        {
            write.Archive(type, data.Pick(records));
        }

        foreach (var record in records.Where(r => !r.IsArchived).Take(RecordCount / 40).ToList())
        {
            write.Delete(type, record, EmulatorChangeKind.PrivacyDeleted);
        }
    });

    private static SearchRequest Request(ObjectTypeDefinition type, SchemaCatalog schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return SearchRequestReader.Read(document.RootElement.Clone(), type, schema);
    }

    private static (int Total, IReadOnlyList<CrmRecord> Page, int? NextAfter) Search(CrmDatabase database, ObjectTypeDefinition type, SearchRequest request) =>
        database.Read(() => SearchEngine.Run(database, type, request, DateTimeOffset.MaxValue));
}
