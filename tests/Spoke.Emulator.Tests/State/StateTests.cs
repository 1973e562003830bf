using System.Globalization;
using System.Net;
using Spoke.Emulator.Tests.Infrastructure;
using Spoke.Emulator.Tests.Persistence;

namespace Spoke.Emulator.Tests.State;

public sealed class StateTests
{
    private static HubSpotEmulatorOptions Options()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        return options;
    }

    [Fact]
    public async Task Parallel_creates_get_unique_ids_and_a_duplicate_email_wins_once()
    {
        await using var hub = await HubSpotEmulator.StartAsync(Options());
        var http = new HubSpotHttp(hub);
        var shared = Unique.Email();

        var distinct = Enumerable.Range(0, 40).Select(_ => http.PostAsync("/crm/v3/objects/contacts", $$$"""{"properties":{"email":"{{{Unique.Email()}}}"}}"""));
        var racing = Enumerable.Range(0, 10).Select(_ => http.PostAsync("/crm/v3/objects/contacts", $$$"""{"properties":{"email":"{{{shared}}}"}}"""));
        var responses = await Task.WhenAll(distinct.Concat(racing));

        var created = responses.Where(r => r.Status == HttpStatusCode.Created).ToList();
        Assert.Equal(41, created.Count);
        Assert.Equal(41, created.Select(r => r["id"].GetString()).Distinct().Count());
        Assert.Equal(9, responses.Count(r => r.Status == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task The_data_file_round_trips_records_associations_created_properties_and_ids()
    {
        using var folder = new TemporaryFolder();
        var file = folder.DataFile;
        string contact, company;
        var options = Options();
        options.DataFile = file;
        await using (var hub = await HubSpotEmulator.StartAsync(options))
        {
            var http = new HubSpotHttp(hub);
            await http.PostAsync("/crm/v3/properties/contacts", """{"name":"shoe_size","label":"Shoe size","type":"number","fieldType":"number","groupName":"contactinformation"}""");
            contact = await http.CreateContactAsync("saved@example.com", "\"shoe_size\":\"44\"");
            company = await http.CreateAsync("companies", """{"name":"Saved Inc"}""");
            await http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/default/companies/{company}");
            var archived = await http.CreateContactAsync("archived@example.com");
            await http.DeleteAsync($"/crm/v3/objects/contacts/{archived}");
        }

        var reloaded = Options();
        reloaded.DataFile = file;
        await using (var hub = await HubSpotEmulator.StartAsync(reloaded))
        {
            var http = new HubSpotHttp(hub);
            var read = await http.GetAsync($"/crm/v3/objects/contacts/saved@example.com?idProperty=email&properties=shoe_size&associations=companies");
            var archived = await http.GetAsync("/crm/v3/objects/contacts?archived=true");
            var next = await http.CreateContactAsync("new@example.com");

            Assert.Equal(contact, read["id"].GetString());
            Assert.Equal("44", read.Property("shoe_size"));
            Assert.Equal(company, read["associations"].GetProperty("companies").GetProperty("results")[0].GetProperty("id").GetString());
            Assert.Equal(1, archived["results"].GetArrayLength());
            Assert.True(long.Parse(next) > long.Parse(company));
        }
    }

    [Fact]
    public async Task Search_indexing_delay_hides_new_records_until_it_passes()
    {
        var clock = new ManualClock();
        var options = Options();
        options.TimeProvider = clock;
        options.SearchIndexingDelay = TimeSpan.FromSeconds(30);
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var http = new HubSpotHttp(hub);
        await http.CreateContactAsync(Unique.Email());

        var immediately = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");
        clock.Advance(TimeSpan.FromSeconds(31));
        var later = await http.PostAsync("/crm/v3/objects/contacts/search", "{}");

        Assert.Equal(0, immediately["total"].GetInt32());
        Assert.Equal(1, later["total"].GetInt32());
    }

    [Fact]
    public async Task Repeating_a_search_sees_every_write_made_between_the_two()
    {
        await using var hub = await HubSpotEmulator.StartAsync(Options());
        var http = new HubSpotHttp(hub);
        var contact = await http.CreateContactAsync(Unique.Email());
        const string search = """{"filterGroups":[{"filters":[{"propertyName":"jobtitle","operator":"EQ","value":"CTO"}]}]}""";

        var before = await http.PostAsync("/crm/v3/objects/contacts/search", search);
        var again = await http.PostAsync("/crm/v3/objects/contacts/search", search);
        await http.PatchAsync($"/crm/v3/objects/contacts/{contact}", """{"properties":{"jobtitle":"CTO"}}""");
        var afterUpdate = await http.PostAsync("/crm/v3/objects/contacts/search", search);
        await http.DeleteAsync($"/crm/v3/objects/contacts/{contact}");
        var afterArchive = await http.PostAsync("/crm/v3/objects/contacts/search", search);

        Assert.Equal(0, before["total"].GetInt32());
        Assert.Equal(0, again["total"].GetInt32());
        Assert.Equal(1, afterUpdate["total"].GetInt32());
        Assert.Equal(0, afterArchive["total"].GetInt32());
    }

    [Fact]
    public async Task Change_feed_reports_creation_property_changes_archive_and_associations_in_order()
    {
        await using var hub = await HubSpotEmulator.StartAsync(Options());
        using var subscription = hub.Changes.Subscribe();
        var http = new HubSpotHttp(hub);

        var contact = await http.CreateContactAsync(Unique.Email());
        var company = await http.CreateAsync("companies", """{"name":"Feed"}""");
        await http.PatchAsync($"/crm/v3/objects/contacts/{contact}", """{"properties":{"jobtitle":"CTO"}}""");
        await http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/default/companies/{company}");
        await http.DeleteAsync($"/crm/v3/objects/contacts/{contact}");

        var changes = new List<EmulatorChange>();
        while (subscription.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }

        Assert.Equal(Enumerable.Range(1, changes.Count).Select(i => (long)i), changes.Select(c => c.Sequence));
        Assert.Equal(EmulatorChangeKind.Created, changes[0].Kind);
        Assert.Equal("contacts", changes[0].ObjectType);
        Assert.Equal("0-1", changes[0].ObjectTypeId);
        Assert.Contains(changes, c => c.Kind == EmulatorChangeKind.PropertyChanged && c.PropertyName == "jobtitle" && c.PropertyValue == "CTO");
        var added = changes.Where(c => c.Kind == EmulatorChangeKind.AssociationAdded).ToList();
        Assert.Equal(2, added.Count);
        Assert.Contains(added, c => c.ObjectTypeId == "0-2" && c.AssociationTypeId == 280 && c.ToObjectId == long.Parse(contact));
        Assert.Equal(EmulatorChangeKind.Archived, changes[^1].Kind);
    }

    [Fact]
    public async Task Merge_keeps_the_primary_fills_its_gaps_moves_associations_and_removes_the_other()
    {
        await using var hub = await HubSpotEmulator.StartAsync(Options());
        var http = new HubSpotHttp(hub);
        var primary = await http.CreateContactAsync(Unique.Email());
        var merged = await http.CreateContactAsync(Unique.Email(), "\"jobtitle\":\"Moved\"");
        var company = await http.CreateAsync("companies", """{"name":"Merge"}""");
        await http.PutAsync($"/crm/v4/objects/contacts/{merged}/associations/default/companies/{company}");

        var response = await http.PostAsync("/crm/v3/objects/contacts/merge", $$$"""{"primaryObjectId":"{{{primary}}}","objectIdToMerge":"{{{merged}}}"}""");
        var associations = await http.GetAsync($"/crm/v4/objects/contacts/{primary}/associations/companies");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Moved", response.Property("jobtitle"));
        Assert.Equal(1, associations["results"].GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/crm/v3/objects/contacts/{merged}")).Status);
    }

    [Theory]
    [InlineData("\"0{0}\"", "\"{0}\"")]
    [InlineData("{0}", "\"+{0}\"")]
    [InlineData("\" {0}\"", "{0}")]
    public async Task Merging_a_record_into_itself_by_another_spelling_of_its_id_is_refused_and_keeps_it(string primaryJson, string mergedJson)
    {
        await using var hub = await HubSpotEmulator.StartAsync(Options());
        var http = new HubSpotHttp(hub);
        var email = Unique.Email();
        var id = await http.CreateContactAsync(email);

        var response = await http.PostAsync("/crm/v3/objects/contacts/merge",
            $$"""{"primaryObjectId":{{string.Format(CultureInfo.InvariantCulture, primaryJson, id)}},"objectIdToMerge":{{string.Format(CultureInfo.InvariantCulture, mergedJson, id)}}}""");
        var kept = await http.GetAsync($"/crm/v3/objects/contacts/{id}?properties=email");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
        Assert.Equal(HttpStatusCode.OK, kept.Status);
        Assert.Equal(email, kept.Property("email"));
    }

    [Fact]
    public async Task Gdpr_delete_erases_the_contact_for_good()
    {
        await using var hub = await HubSpotEmulator.StartAsync(Options());
        var http = new HubSpotHttp(hub);
        var email = Unique.Email();
        var id = await http.CreateContactAsync(email);

        var response = await http.PostAsync("/crm/v3/objects/contacts/gdpr-delete", $$$"""{"objectId":"{{{email}}}","idProperty":"email"}""");

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/crm/v3/objects/contacts/{id}?archived=true")).Status);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/crm/v3/objects/contacts", $$$"""{"properties":{"email":"{{{email}}}"}}""")).Status);
    }
}
