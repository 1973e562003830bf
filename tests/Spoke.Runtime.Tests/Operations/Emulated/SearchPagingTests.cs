using System.Globalization;
using Spoke.Search;

namespace Spoke.Runtime.Tests.Operations.Emulated;

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

    [Fact]
    public async Task Enumerating_past_10000_results_continues_by_keyset_with_no_duplicates_or_gaps()
    {
        var request = new SearchRequest { Properties = ["hs_object_id"] };

        var ids = await account.Hub.Client.SearchAsync(Contacts, request).Select(record => long.Parse(record.Id, CultureInfo.InvariantCulture)).ToListAsync();

        Assert.Equal(LargeAccount.ContactCount, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task Pages_carry_hubspots_total_and_hold_at_most_200_records()
    {
        var pages = await account.Hub.Client.SearchPagesAsync(Contacts, new SearchRequest { Properties = ["email"] }, maxResults: 450).ToListAsync();

        Assert.Equal([200, 200, 50], pages.Select(page => page.Results.Count));
        Assert.All(pages, page => Assert.Equal(LargeAccount.ContactCount, page.Total));
        Assert.Null(pages[^1].After);
    }

    [Fact]
    public async Task The_page_level_call_returns_an_offset_cursor_for_the_next_page()
    {
        var client = account.Hub.Client;
        var first = await client.SearchPageAsync(Contacts, new SearchRequest { Limit = 100, Properties = ["email"] });
        var second = await client.SearchPageAsync(Contacts, new SearchRequest { Limit = 100, After = first.After, Properties = ["email"] });

        Assert.Equal("100", first.After);
        Assert.Empty(first.Results.Select(record => record.Id).Intersect(second.Results.Select(record => record.Id)));
    }

    [Fact]
    public async Task A_custom_sort_cannot_pass_10000_and_the_error_says_why()
    {
        var request = new SearchRequest { Sorts = [new SearchSort("createdate", SortDirection.Descending)], Properties = ["email"] };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => account.Hub.Client.SearchAsync(Contacts, request).CountAsync().AsTask());

        Assert.Contains("10,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_are_checked_before_sending()
    {
        var request = new SearchRequest { Query = new string('x', HubSpotLimits.MaxSearchQueryLength + 1) };

        await Assert.ThrowsAsync<HubSpotLimitException>(() => account.Hub.Client.SearchAsync(Contacts, request).FirstOrDefaultAsync().AsTask());
    }
}
