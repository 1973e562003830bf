using Spoke.Runtime.Tests.Transport.Fakes;
using Spoke.Search;

namespace Spoke.Runtime.Tests.Search;

/// <summary>
/// Enumerating a search past one page at a time: several pages in flight, handed out in the order asked for, past HubSpot's
/// 10,000-result cap, with continuation tokens that still resume exactly. On a fake clock; the server answers at once and the
/// network adds the latency, so the share of the search limit is counted from arrivals.
/// </summary>
public sealed class SearchPrefetchTests
{
    private const int SearchLimit = 5;
    private static readonly SearchRequest AllContacts = new() { Properties = ["hs_object_id"] };

    // Ids with gaps, as HubSpot's are: a keyset continuation must start after the last id seen, not at an offset.
    private static readonly IReadOnlyList<long> Ids = [.. Enumerable.Range(0, 25_000).Select(i => 1_000L + (i * 3L) + (i % 2))];

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    public async Task Enumerating_25000_results_keeps_several_searches_in_flight_and_uses_at_least_90_percent_of_the_search_limit(int latencyMilliseconds)
    {
        var clock = FakeClock.Create();
        var server = new SyntheticSearchServer(Ids, clock);
        var handler = server.Behind(inner => new SlowNetworkHandler(inner, _ => TimeSpan.FromMilliseconds(latencyMilliseconds), clock));
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var ids = await FakeClock.RunAsync(
            clock, client.SearchAsync(CrmObjectType.Contacts, AllContacts).Select(Id).ToListAsync().AsTask(), TimeSpan.FromMilliseconds(20), pause: TimeSpan.FromMilliseconds(10));

        Assert.Equal(Ids, ids);
        Assert.True(server.MaxInFlight > 1, "only one search was ever in flight");
        Assert.True(ArrivalStatistics.MaxInAnyWindow(server.Arrivals, TimeSpan.FromSeconds(1)) <= SearchLimit);
        var share = ArrivalStatistics.MedianShareOfLimit(server.Arrivals, SearchLimit, TimeSpan.FromSeconds(1));
        Assert.True(share >= 0.9, $"the search used {share:P1} of the search limit");
    }

    [Fact]
    public async Task Enumerating_past_the_cap_finds_where_each_next_10000_start_ahead_and_never_drains_at_the_boundary()
    {
        var latency = TimeSpan.FromSeconds(2);
        var clock = FakeClock.Create();
        var server = new SyntheticSearchServer(Ids, clock);
        var handler = server.Behind(inner => new SlowNetworkHandler(inner, _ => latency, clock));
        using var client = TestClients.Create(handler, TestClients.Options(clock));

        var ids = await FakeClock.RunAsync(
            clock, client.SearchAsync(CrmObjectType.Contacts, AllContacts).Select(Id).ToListAsync().AsTask(), TimeSpan.FromMilliseconds(20), pause: TimeSpan.FromMilliseconds(10));

        Assert.Equal(Ids, ids);

        // Waiting at a boundary for the segment's last page, to know where the next starts, leaves a latency between arrivals.
        // The first waves are the cold start: the first page gives the total, and the latency is not yet known, so the
        // permits of those waves are held longer. The boundaries come at the 50th and 100th page.
        var arrivals = server.Arrivals.Order().ToList();
        var warm = arrivals.Skip(4 * SearchLimit).ToList();
        var longestGap = warm.Zip(warm.Skip(1), (earlier, later) => later - earlier).Max();
        Assert.True(longestGap < latency * 0.75, $"the searches paused {longestGap.TotalMilliseconds} ms between two arrivals");
        Assert.InRange(arrivals.Count, 125, 127);
        Assert.True(ArrivalStatistics.MaxInAnyWindow(arrivals, TimeSpan.FromSeconds(1)) <= SearchLimit);
        var share = ArrivalStatistics.MedianShareOfLimit(arrivals, SearchLimit, TimeSpan.FromSeconds(1));
        Assert.True(share >= 0.9, $"the search used {share:P1} of the search limit");
    }

    [Fact]
    public async Task A_continuation_token_of_a_page_fetched_ahead_resumes_exactly_after_it_past_the_cap()
    {
        var clock = FakeClock.Create();
        var server = new SyntheticSearchServer(Ids, clock);
        var handler = server.Behind(inner => new SlowNetworkHandler(inner, _ => TimeSpan.FromMilliseconds(300), clock));
        using var client = TestClients.Create(handler, TestClients.Options(clock));
        var search = client.SearchAsync(CrmObjectType.Contacts, AllContacts);

        var pages = await FakeClock.RunAsync(clock, search.AsPages().Take(55).ToListAsync().AsTask(), TimeSpan.FromMilliseconds(20));
        var rest = await FakeClock.RunAsync(clock, search.AsPages(pages[^1].ContinuationToken).SelectMany(page => page.Values.ToAsyncEnumerable()).Select(Id).ToListAsync().AsTask(), TimeSpan.FromMilliseconds(20));

        Assert.Equal(Ids, [.. pages.SelectMany(page => page.Values).Select(Id), .. rest]);
    }

    private static long Id(CrmObject record) => long.Parse(record.Id, System.Globalization.CultureInfo.InvariantCulture);
}
