using Spoke.Runtime.Tests.HubSpot;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary><c>ListAsync</c>: every record of a type, page by page, with tokens that resume in another client.</summary>
public sealed class RecordListingTests
{
    [Fact]
    public async Task An_untyped_listing_pages_through_every_record_and_resumes_from_a_token()
    {
        await using var hub = await EmulatedHub.StartAsync(options => options.Seed["companies"] = 250);

        var pages = await hub.Client.ListAsync(CrmObjectType.Companies, ["name"]).AsPages().ToListAsync();
        var first = await hub.Client.ListAsync(CrmObjectType.Companies, ["name"]).AsPages(pageSizeHint: 40).FirstAsync();
        using var other = hub.CreateClient(hub.Emulator.CreateHandler());
        var rest = await other.ListAsync(CrmObjectType.Companies).AsPages(first.ContinuationToken).SelectMany(page => page.Values.ToAsyncEnumerable()).ToListAsync();

        Assert.Equal([100, 100, 50], pages.Select(page => page.Values.Count));
        Assert.All(pages, page => Assert.Null(page.Total));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.All(pages.SelectMany(page => page.Values), company => Assert.NotNull(company.Properties["name"]));
        Assert.Equal(250, first.Values.Concat(rest).Select(company => company.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_typed_listing_of_every_generated_property_reads_through_a_request_body_over_a_socket()
    {
        await using var hub = await EmulatedHub.StartAsync(options => options.Seed["contacts"] = 120, overSocket: true);
        var counting = new CountingHandler(new SocketsHttpHandler());
        using var client = hub.CreateClient(counting);

        var contacts = await client.ListAsync<Contact>().ToListAsync();

        Assert.Equal(120, contacts.Count);
        Assert.All(contacts, contact => Assert.False(string.IsNullOrEmpty(contact.Email)));
        Assert.Contains(counting.Bodies, body => body.Contains("\"lifecyclestage\"", StringComparison.Ordinal));
        Assert.All(counting.Statuses, status => Assert.Equal(System.Net.HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task The_recycle_bin_is_listed_apart()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var kept = await hub.Client.CreateAsync(new CompanyInput { Name = "Kept" });
        var archived = await hub.Client.CreateAsync(new CompanyInput { Name = "Archived" });
        await hub.Client.ArchiveAsync<Company>(archived.Id);

        var live = await hub.Client.ListAsync<Company>(["name"]).Select(company => company.Id).ToListAsync();
        var bin = await hub.Client.ListAsync<Company>(["name"], archived: true).ToListAsync();

        Assert.Equal([kept.Id], live);
        Assert.Equal(archived.Id, Assert.Single(bin).Id);
        Assert.True(bin[0].Archived);
    }

    [Fact]
    public async Task A_listing_token_resumes_only_its_own_object_type_and_archived_flag()
    {
        await using var hub = await EmulatedHub.StartAsync(options => options.Seed["companies"] = 3);
        var token = (await hub.Client.ListAsync(CrmObjectType.Companies).AsPages(pageSizeHint: 1).FirstAsync()).ContinuationToken!;

        var otherType = Assert.Throws<ArgumentException>(() => hub.Client.ListAsync(CrmObjectType.Contacts).AsPages(token));
        var bin = Assert.Throws<ArgumentException>(() => hub.Client.ListAsync(CrmObjectType.Companies, archived: true).AsPages(token));
        var tooBig = Assert.Throws<ArgumentOutOfRangeException>(() => hub.Client.ListAsync(CrmObjectType.Companies).AsPages(pageSizeHint: 101));

        Assert.Contains("another record listing", otherType.Message, StringComparison.Ordinal);
        Assert.Contains("archived flag", bin.Message, StringComparison.Ordinal);
        Assert.Contains("MaxListPageSize", tooBig.Message, StringComparison.Ordinal);
    }
}
