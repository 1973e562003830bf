using System.Globalization;
using Spoke.Runtime.Tests.Transport.Fakes;
using Spoke.Search;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>One seeded account of more than 10,000 contacts, shared by the tests of this class.</summary>
public sealed class LargeAccount : IAsyncLifetime
{
    public const int ContactCount = 10_450;

    internal EmulatedHub Hub { get; private set; } = null!;

    public async Task InitializeAsync() => Hub = await EmulatedHub.StartAsync(options => options.Seed["contacts"] = ContactCount);

    public async Task DisposeAsync() => await Hub.DisposeAsync();
}

public sealed class SearchPagingTests(LargeAccount account) : IClassFixture<LargeAccount>
{
    private static readonly CrmObjectType Contacts = CrmObjectType.Contacts;
    private static readonly SearchRequest AllContacts = new() { Properties = ["email"] };

    [Fact]
    public async Task Enumerating_past_10000_results_continues_by_keyset_with_no_duplicates_or_gaps()
    {
        var request = new SearchRequest { Properties = ["hs_object_id"] };

        var ids = await account.Hub.Client.SearchAsync(Contacts, request).Select(record => Id(record)).ToListAsync();

        Assert.Equal(LargeAccount.ContactCount, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task Pages_carry_hubspots_total_hold_at_most_200_records_or_the_size_asked_for()
    {
        var pages = await account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages().Take(2).ToListAsync();
        var small = await account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages(pageSizeHint: 30).FirstAsync();

        Assert.Equal([200, 200], pages.Select(page => page.Values.Count));
        Assert.All(pages, page => Assert.Equal(LargeAccount.ContactCount, page.Total));
        Assert.All(pages, page => Assert.NotNull(page.ContinuationToken));
        Assert.Equal(30, small.Values.Count);
    }

    [Fact]
    public async Task Take_stops_after_the_records_asked_for_and_fetches_only_the_pages_they_need()
    {
        var counting = new CountingHandler(account.Hub.Emulator.CreateHandler());
        using var client = account.Hub.CreateClient(counting);

        var first = await client.SearchAsync(Contacts, AllContacts).Take(5).ToListAsync();

        Assert.Equal(5, first.Count);
        Assert.Single(counting.Statuses);
    }

    [Fact]
    public async Task A_continuation_token_resumes_in_another_client_where_the_page_ended()
    {
        var page = await account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages(pageSizeHint: 100).FirstAsync();
        using var other = account.Hub.CreateClient(account.Hub.Emulator.CreateHandler());

        var next = await other.SearchAsync(Contacts, AllContacts with { Properties = ["firstname"] }).AsPages(page.ContinuationToken, pageSizeHint: 100).FirstAsync();

        Assert.Equal(Id(page.Values[^1]) + 1, Id(next.Values[0]));
        Assert.Empty(page.Values.Select(record => record.Id).Intersect(next.Values.Select(record => record.Id)));
        Assert.True(next.Values[0].Properties.ContainsKey("firstname"));
    }

    [Fact]
    public async Task A_token_taken_before_the_10000_cap_resumes_past_it_in_another_client_with_no_duplicates_or_gaps()
    {
        var before = await account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages().Take(49).ToListAsync();
        using var other = account.Hub.CreateClient(account.Hub.Emulator.CreateHandler());

        var after = await other.SearchAsync(Contacts, AllContacts).AsPages(before[^1].ContinuationToken).ToListAsync();

        var ids = before.Concat(after).SelectMany(page => page.Values).Select(Id).ToList();
        Assert.Equal(LargeAccount.ContactCount, ids.Count);
        Assert.Equal(ids.Order().Distinct(), ids);
        Assert.All(after, page => Assert.Equal(LargeAccount.ContactCount, page.Total));
        Assert.Null(after[^1].ContinuationToken);
    }

    [Fact]
    public async Task A_token_taken_past_the_cap_resumes_the_next_keyset_segment()
    {
        var pages = await account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages().Take(51).ToListAsync();
        var seen = pages.SelectMany(page => page.Values).Select(Id).ToList();
        using var other = account.Hub.CreateClient(account.Hub.Emulator.CreateHandler());

        var rest = await other.SearchAsync(Contacts, AllContacts).AsPages(pages[^1].ContinuationToken).ToListAsync();

        var restIds = rest.SelectMany(page => page.Values).Select(Id).ToList();
        Assert.Equal(LargeAccount.ContactCount - 10_200, restIds.Count);
        Assert.True(restIds[0] > seen.Max());
        Assert.All(rest, page => Assert.Equal(LargeAccount.ContactCount, page.Total));
    }

    [Fact]
    public async Task A_custom_sort_cannot_pass_10000_and_the_error_says_why()
    {
        var request = new SearchRequest { Sorts = [new SearchSort("createdate", SortDirection.Descending)], Properties = ["email"] };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => account.Hub.Client.SearchAsync(Contacts, request).CountAsync().AsTask());

        Assert.Contains("10,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_are_checked_when_the_search_is_made_before_anything_is_sent()
    {
        var tooLong = new SearchRequest { Query = new string('x', HubSpotLimits.MaxSearchQueryLength + 1) };

        var query = Assert.Throws<ArgumentException>(() => account.Hub.Client.SearchAsync(Contacts, tooLong));
        var pageSize = Assert.Throws<ArgumentOutOfRangeException>(() => account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages(pageSizeHint: 201));

        Assert.Contains("HubSpotLimits.MaxSearchQueryLength", query.Message, StringComparison.Ordinal);
        Assert.Contains("HubSpotLimits.MaxSearchPageSize", pageSize.Message, StringComparison.Ordinal);
        Assert.Equal("pageSizeHint", pageSize.ParamName);
    }

    [Theory]
    [InlineData("not a token", "not a token Spoke issued")]
    [InlineData("eyJ2IjoyLCJrIjoic2VhcmNoIiwiZiI6IngifQ", "version of Spoke")]
    [InlineData("eyJ2IjoxLCJrIjoic2VhcmNoIiwiZiI6IngiLCJvIjoiMTAifQ", "not a token Spoke issued")]
    public void A_malformed_or_foreign_token_is_an_argument_error_that_says_what_is_wrong(string token, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages(token));

        Assert.Equal("continuationToken", error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_of_another_search_or_of_a_listing_is_refused()
    {
        var token = (await account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages(pageSizeHint: 10).FirstAsync()).ContinuationToken!;
        var listToken = (await account.Hub.Client.ListAsync(Contacts).AsPages(pageSizeHint: 10).FirstAsync()).ContinuationToken!;
        var otherFilter = AllContacts with { FilterGroups = [SearchFilter.Create("email", SearchOperator.HasProperty)] };

        var otherSearch = Assert.Throws<ArgumentException>(() => account.Hub.Client.SearchAsync(Contacts, otherFilter).AsPages(token));
        var otherType = Assert.Throws<ArgumentException>(() => account.Hub.Client.SearchAsync(CrmObjectType.Companies, AllContacts).AsPages(token));
        var listing = Assert.Throws<ArgumentException>(() => account.Hub.Client.SearchAsync(Contacts, AllContacts).AsPages(listToken));

        Assert.Contains("another search", otherSearch.Message, StringComparison.Ordinal);
        Assert.Contains("another search", otherType.Message, StringComparison.Ordinal);
        Assert.Contains("record listing, not a search", listing.Message, StringComparison.Ordinal);
    }

    private static long Id(CrmRecord record) => long.Parse(record.Id, CultureInfo.InvariantCulture);
}
