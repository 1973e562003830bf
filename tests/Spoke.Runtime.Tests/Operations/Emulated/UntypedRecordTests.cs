using Spoke.Search;

namespace Spoke.Runtime.Tests.Operations.Emulated;

public sealed class UntypedRecordTests
{
    private static readonly CrmObjectType Contacts = CrmObjectType.Parse("contacts");

    [Fact]
    public async Task Create_get_update_clear_and_archive_round_trip()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var client = hub.Client;

        var created = await client.CreateAsync(Contacts, new CrmObjectInput { ["email"] = "ada@example.com", ["firstname"] = "Ada", ["city"] = "London" });
        Assert.False(string.IsNullOrEmpty(created.Id));

        var read = await client.GetAsync(Contacts, created.Id, ["email", "firstname", "city"]);
        Assert.Equal(("ada@example.com", "Ada", "London"), (read.Properties["email"], read.Properties["firstname"], read.Properties["city"]));

        await client.UpdateAsync(Contacts, created.Id, new CrmObjectInput { ["firstname"] = "Augusta", ["city"] = null });
        var updated = await client.GetAsync(Contacts, created.Id, ["firstname", "city"]);
        Assert.Equal("Augusta", updated.Properties["firstname"]);
        Assert.True(string.IsNullOrEmpty(updated.Properties.GetValueOrDefault("city")));

        await client.ArchiveAsync(Contacts, created.Id);
        await Assert.ThrowsAsync<HubSpotNotFoundException>(() => client.GetAsync(Contacts, created.Id));
        var archived = await client.GetAsync(Contacts, created.Id, archived: true);
        Assert.True(archived.Archived);
    }

    [Fact]
    public async Task Get_by_email_sends_the_at_sign_unescaped_so_HubSpot_finds_the_record()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var created = await hub.Client.CreateAsync(Contacts, new CrmObjectInput { ["email"] = "grace+navy@example.com" });

        var found = await hub.Client.GetByUniquePropertyAsync(Contacts, "email", "grace+navy@example.com", ["email"]);

        Assert.Equal(created.Id, found.Id);
    }

    [Fact]
    public async Task Archived_records_never_appear_in_search_but_can_be_read_by_id()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var client = hub.Client;
        var kept = await client.CreateAsync(Contacts, new CrmObjectInput { ["email"] = "kept@example.com", ["lastname"] = "Archivetest" });
        var gone = await client.CreateAsync(Contacts, new CrmObjectInput { ["email"] = "gone@example.com", ["lastname"] = "Archivetest" });
        await client.ArchiveAsync(Contacts, gone.Id);

        var request = new SearchRequest { FilterGroups = [SearchFilter.Create("lastname", SearchOperator.Eq, "Archivetest")], Properties = ["email"] };
        var found = await client.SearchAsync(Contacts, request).ToListAsync();

        Assert.Equal([kept.Id], found.Select(record => record.Id));
        Assert.True((await client.GetAsync(Contacts, gone.Id, archived: true)).Archived);
    }

    [Fact]
    public async Task A_duplicate_email_on_create_reports_the_existing_id()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var first = await hub.Client.CreateAsync(Contacts, new CrmObjectInput { ["email"] = "twice@example.com" });

        var conflict = await Assert.ThrowsAsync<HubSpotConflictException>(
            () => hub.Client.CreateAsync(Contacts, new CrmObjectInput { ["email"] = "twice@example.com" }));

        Assert.Equal(first.Id, conflict.ExistingObjectId);
    }
}
