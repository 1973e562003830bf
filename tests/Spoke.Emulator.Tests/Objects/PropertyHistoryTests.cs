using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Text.Json;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Objects;

/// <summary><c>propertiesWithHistory</c> on get, list and batch read, recorded on every kind of write.</summary>
public sealed class PropertyHistoryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(EmulatorClock.Start);
    private HubSpotEmulator hub = null!;
    private HubSpotHttp http = null!;

    public async Task InitializeAsync()
    {
        var options = new HubSpotEmulatorOptions { TimeProvider = clock };
        options.RateLimits.Enabled = false;
        hub = await HubSpotEmulator.StartAsync(options);
        http = new HubSpotHttp(hub);
    }

    public async Task DisposeAsync()
    {
        http.Client.Dispose();
        await hub.DisposeAsync();
    }

    [Fact]
    public async Task Every_write_adds_a_version_newest_first_and_the_newest_is_the_current_value()
    {
        var email = Unique.Email();
        var created = clock.GetUtcNow();
        var id = await http.CreateContactAsync(email, "\"jobtitle\":\"First\"");
        clock.Advance(TimeSpan.FromSeconds(1));
        await http.PatchAsync($"/crm/v3/objects/contacts/{id}", """{"properties":{"jobtitle":"Second"}}""");
        clock.Advance(TimeSpan.FromSeconds(1));
        await http.PostAsync("/crm/v3/objects/contacts/batch/update", $$$"""{"inputs":[{"id":"{{{id}}}","properties":{"jobtitle":""}}]}""");
        clock.Advance(TimeSpan.FromSeconds(1));
        await http.PostAsync("/crm/v3/objects/contacts/batch/upsert", $$$"""{"inputs":[{"id":"{{{email}}}","idProperty":"email","properties":{"jobtitle":"Fourth"}}]}""");
        await http.PatchAsync($"/crm/v3/objects/contacts/{id}", """{"properties":{"jobtitle":"Fourth"}}""");

        var read = await http.GetAsync($"/crm/v3/objects/contacts/{id}?properties=jobtitle&propertiesWithHistory=jobtitle,firstname,lastname,lastmodifieddate,not_a_property");
        var history = read["propertiesWithHistory"];
        var versions = history.GetProperty("jobtitle").EnumerateArray().ToList();

        Assert.Equal(["Fourth", "", "Second", "First"], versions.Select(v => v.GetProperty("value").GetString()));
        Assert.Equal(Enumerable.Range(0, 4).Reverse().Select(s => Stamp(created.AddSeconds(s))), versions.Select(v => v.GetProperty("timestamp").GetString()));
        Assert.All(versions, v => Assert.Equal("INTEGRATION", v.GetProperty("sourceType").GetString()));
        Assert.Equal(read.Property("jobtitle"), versions[0].GetProperty("value").GetString());
        var firstname = Assert.Single(history.GetProperty("firstname").EnumerateArray());
        Assert.Equal(("Test", Stamp(created)), (firstname.GetProperty("value").GetString(), firstname.GetProperty("timestamp").GetString()));
        Assert.Empty(history.GetProperty("lastname").EnumerateArray());
        var modified = Assert.Single(history.GetProperty("lastmodifieddate").EnumerateArray());
        Assert.Equal(read["updatedAt"].GetString(), modified.GetProperty("timestamp").GetString());
        Assert.Equal("CALCULATED", modified.GetProperty("sourceType").GetString());
        Assert.False(history.TryGetProperty("not_a_property", out _));
    }

    [Fact]
    public async Task List_and_batch_read_return_history_and_reads_without_it_do_not()
    {
        var id = await http.CreateContactAsync(Unique.Email(), "\"jobtitle\":\"Before\"");
        await http.PatchAsync($"/crm/v3/objects/contacts/{id}", """{"properties":{"jobtitle":"After"}}""");

        var list = await http.GetAsync("/crm/v3/objects/contacts?limit=50&propertiesWithHistory=jobtitle");
        var batch = await http.PostAsync("/crm/v3/objects/contacts/batch/read", $$$"""{"inputs":[{"id":"{{{id}}}"}],"properties":["jobtitle"],"propertiesWithHistory":["jobtitle"]}""");
        var plain = await http.GetAsync($"/crm/v3/objects/contacts/{id}");

        var listed = list["results"].EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Assert.Equal(["After", "Before"], Values(listed.GetProperty("propertiesWithHistory").GetProperty("jobtitle")));
        Assert.Equal(["After", "Before"], Values(batch["results"][0].GetProperty("propertiesWithHistory").GetProperty("jobtitle")));
        Assert.False(plain.Body.TryGetProperty("propertiesWithHistory", out _));
    }

    [Fact]
    public async Task Versions_written_through_the_api_name_the_app_as_their_source_and_no_user()
    {
        var id = await http.CreateContactAsync(Unique.Email(), "\"jobtitle\":\"Before\"");
        await http.PatchAsync($"/crm/v3/objects/contacts/{id}", """{"properties":{"jobtitle":"After"}}""");

        var read = await http.GetAsync($"/crm/v3/objects/contacts/{id}?propertiesWithHistory=jobtitle,lastmodifieddate");
        var batch = await http.PostAsync("/crm/v3/objects/contacts/batch/read", $$$"""{"inputs":[{"id":"{{{id}}}"}],"properties":[],"propertiesWithHistory":["jobtitle"]}""");

        var written = read["propertiesWithHistory"].GetProperty("jobtitle").EnumerateArray().ToList();
        Assert.Equal(2, written.Count);
        Assert.All(written, v => Assert.Equal(hub.Options.Webhooks.AppId.ToString(System.Globalization.CultureInfo.InvariantCulture), v.GetProperty("sourceId").GetString()));
        Assert.All(written, v => Assert.False(v.TryGetProperty("updatedByUserId", out _)));
        Assert.All(batch["results"][0].GetProperty("propertiesWithHistory").GetProperty("jobtitle").EnumerateArray(), v => Assert.Equal("INTEGRATION", v.GetProperty("sourceType").GetString()));
        Assert.All(batch["results"][0].GetProperty("propertiesWithHistory").GetProperty("jobtitle").EnumerateArray(), v => Assert.True(v.TryGetProperty("sourceId", out _)));
        var calculated = Assert.Single(read["propertiesWithHistory"].GetProperty("lastmodifieddate").EnumerateArray());
        Assert.False(calculated.TryGetProperty("sourceId", out _));
    }

    [Fact]
    public async Task Reads_with_history_take_at_most_50_records_and_say_so()
    {
        var ids = string.Join(",", Enumerable.Range(1, 51).Select(i => $$$"""{"id":"{{{i}}}"}"""));
        var fifty = string.Join(",", Enumerable.Range(1, 50).Select(i => $$$"""{"id":"{{{i}}}"}"""));

        var batchOver = await http.PostAsync("/crm/v3/objects/contacts/batch/read", $$$"""{"inputs":[{{{ids}}}],"properties":[],"propertiesWithHistory":["jobtitle"]}""");
        var batchAtLimit = await http.PostAsync("/crm/v3/objects/contacts/batch/read", $$$"""{"inputs":[{{{fifty}}}],"properties":[],"propertiesWithHistory":["jobtitle"]}""");
        var batchWithout = await http.PostAsync("/crm/v3/objects/contacts/batch/read", $$$"""{"inputs":[{{{ids}}}],"properties":[]}""");
        var listOver = await http.GetAsync("/crm/v3/objects/contacts?limit=51&propertiesWithHistory=jobtitle");
        var listWithout = await http.GetAsync("/crm/v3/objects/contacts?limit=51");

        Assert.Equal(HttpStatusCode.BadRequest, batchOver.Status);
        Assert.Equal("VALIDATION_ERROR", batchOver["category"].GetString());
        Assert.Contains("50", batchOver["message"].GetString());
        Assert.NotEqual(HttpStatusCode.BadRequest, batchAtLimit.Status);
        Assert.NotEqual(HttpStatusCode.BadRequest, batchWithout.Status);
        Assert.Equal(HttpStatusCode.BadRequest, listOver.Status);
        Assert.Contains("50", listOver["message"].GetString());
        Assert.Equal(HttpStatusCode.OK, listWithout.Status);
    }

    [Fact]
    public async Task A_property_keeps_its_newest_versions_up_to_the_cap()
    {
        var id = await http.CreateContactAsync(Unique.Email(), "\"jobtitle\":\"v0\"");
        for (var version = 1; version <= 25; version++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(1));
            await http.PatchAsync($"/crm/v3/objects/contacts/{id}", $$$"""{"properties":{"jobtitle":"v{{{version}}}"}}""");
        }

        var read = await http.GetAsync($"/crm/v3/objects/contacts/{id}?propertiesWithHistory=jobtitle");

        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(v => $"v{v}"), Values(read["propertiesWithHistory"].GetProperty("jobtitle")));
    }

    [Fact]
    public async Task Merges_record_the_ids_they_join_and_contacts_start_with_their_own_id()
    {
        var (primary, merged, third) = (await ContactAsync("\"jobtitle\":\"Kept\""), await ContactAsync("\"city\":\"Taken\""), await ContactAsync());
        var created = await http.GetAsync($"/crm/v3/objects/contacts/{primary}?properties=hs_all_contact_vids,hs_merged_object_ids");

        var first = await http.PostAsync("/crm/v3/objects/contacts/merge", $$$"""{"primaryObjectId":"{{{merged}}}","objectIdToMerge":"{{{third}}}"}""");
        var second = await http.PostAsync("/crm/v3/objects/contacts/merge", $$$"""{"primaryObjectId":"{{{primary}}}","objectIdToMerge":"{{{merged}}}"}""");
        var read = await http.GetAsync($"/crm/v3/objects/contacts/{primary}?properties=hs_all_contact_vids,hs_merged_object_ids,city&propertiesWithHistory=city");

        Assert.Equal(primary, created.Property("hs_all_contact_vids"));
        Assert.Null(created.Property("hs_merged_object_ids"));
        Assert.Equal(Ids(merged, third), first.Property("hs_all_contact_vids"));
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(Ids(primary, merged, third), read.Property("hs_all_contact_vids"));
        Assert.Equal(Ids(merged, third), read.Property("hs_merged_object_ids"));
        Assert.Equal(["Taken"], Values(read["propertiesWithHistory"].GetProperty("city")));
    }

    [Fact]
    public async Task Company_merges_record_hs_merged_object_ids()
    {
        var primary = await http.CreateAsync("companies", """{"name":"Survivor"}""");
        var merged = await http.CreateAsync("companies", """{"name":"Merged"}""");

        var response = await http.PostAsync("/crm/v3/objects/companies/merge", $$$"""{"primaryObjectId":"{{{primary}}}","objectIdToMerge":"{{{merged}}}"}""");

        Assert.Equal(merged, response.Property("hs_merged_object_ids"));
    }

    private async Task<string> ContactAsync(string? extra = null)
    {
        clock.Advance(TimeSpan.FromMilliseconds(5));
        return await http.CreateContactAsync(Unique.Email(), extra);
    }

    private static string Ids(params string[] ids) => string.Join(';', ids.Select(long.Parse).Order());

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string?> Values(JsonElement versions) => versions.EnumerateArray().Select(v => v.GetProperty("value").GetString());
}
