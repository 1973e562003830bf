using Spoke.Search;

namespace Spoke.Runtime.Tests.Emulated;

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
        Assert.Equal(404, (await Assert.ThrowsAsync<HubSpotException>(() => client.GetAsync(Contacts, created.Id))).Status);
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

        var conflict = await Assert.ThrowsAsync<HubSpotException>(
            () => hub.Client.CreateAsync(Contacts, new CrmObjectInput { ["email"] = "twice@example.com" }));

        Assert.Equal(409, conflict.Status);
        Assert.Equal(first.Id, conflict.ExistingObjectId);
    }

    [Fact]
    public async Task Untyped_upsert_and_update_by_unique_property_take_the_object_type_first()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var created = await hub.Client.UpsertAsync(Contacts, "email", new CrmObjectInput { ["email"] = "ida@example.com", ["firstname"] = "Ida" });
        var updated = await hub.Client.UpsertAsync(Contacts, "email", new CrmObjectInput { ["email"] = "ida@example.com", ["firstname"] = "Idun" });
        var renamed = await hub.Client.UpdateByUniquePropertyAsync(Contacts, "email", "ida@example.com", new CrmObjectInput { ["lastname"] = "Lovelace" });

        Assert.Equal(UpsertOutcome.Created, created.Outcome);
        Assert.Equal((created.Record.Id, UpsertOutcome.Updated), (updated.Record.Id, updated.Outcome));
        Assert.Equal((created.Record.Id, "Lovelace"), (renamed.Id, renamed.Properties["lastname"]));
    }

    [Fact]
    public async Task An_upsert_input_without_its_unique_value_is_refused_before_anything_is_sent()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => hub.Client.UpsertAsync(Contacts, "email", new CrmObjectInput { ["firstname"] = "Nameless" }));

        Assert.Equal("input", error.ParamName);
        Assert.Contains("'email'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await hub.Client.ListAsync(Contacts).ToListAsync());
    }

    [Fact]
    public async Task An_upsert_HubSpot_refuses_throws_with_the_status_the_single_record_endpoint_would_answer()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var error = await Assert.ThrowsAsync<HubSpotException>(
            () => hub.Client.UpsertAsync(Contacts, "email", new CrmObjectInput { ["email"] = "val@example.com", ["no_such_property"] = "x" }));

        Assert.Equal(400, error.Status);
        Assert.Equal("VALIDATION_ERROR", error.Category);
        Assert.False(error.MayHaveTakenEffect);
    }
}
