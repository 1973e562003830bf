using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Schema;

/// <summary>Updating and archiving property definitions, one at a time and in batches.</summary>
[Collection(SharedEmulatorCollection.Name)]
public sealed class PropertyManagementTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Fact]
    public async Task Patch_changes_a_definition_which_reads_back_changed()
    {
        var name = await CreatePropertyAsync();

        var patched = await Http.PatchAsync($"/crm/v3/properties/contacts/{name}", """{"label":"Renamed","description":"Now described","displayOrder":7,"hidden":true}""");
        var read = await Http.GetAsync($"/crm/v3/properties/contacts/{name}");

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("Renamed", patched["label"].GetString());
        Assert.Equal("Now described", read["description"].GetString());
        Assert.Equal(7, read["displayOrder"].GetInt32());
        Assert.True(read["hidden"].GetBoolean());
        Assert.Equal("string", read["type"].GetString());
    }

    [Theory]
    [InlineData("contacts", "no_such_property_at_all", """{"label":"x"}""", HttpStatusCode.NotFound, "Unable to find property")]
    [InlineData("deals", "dealname", """{"label":"x"}""", HttpStatusCode.BadRequest, "read-only")]
    [InlineData("contacts", "{new}", """{"type":"bool","fieldType":"text"}""", HttpStatusCode.BadRequest, "cannot be used with type")]
    [InlineData("contacts", "{new}", """{"groupName":"no_such_group"}""", HttpStatusCode.BadRequest, "does not exist")]
    [InlineData("contacts", "{new}", """{"label":""}""", HttpStatusCode.BadRequest, "cannot be empty")]
    [InlineData("contacts", "{new}", """{"type":"enumeration","fieldType":"select"}""", HttpStatusCode.BadRequest, "at least one option")]
    public async Task Bad_patches_are_hubspot_errors_and_change_nothing(string type, string name, string body, HttpStatusCode status, string expected)
    {
        if (name == "{new}")
        {
            name = await CreatePropertyAsync();
        }

        var response = await Http.PatchAsync($"/crm/v3/properties/{type}/{name}", body);
        var read = await Http.GetAsync($"/crm/v3/properties/{type}/{name}");

        Assert.Equal(status, response.Status);
        Assert.Contains(expected, response["message"].GetString());
        if (read.Status == HttpStatusCode.OK)
        {
            Assert.NotEqual("x", read["label"].GetString());
        }
    }

    [Fact]
    public async Task A_property_whose_type_changes_is_searched_with_its_new_type()
    {
        var name = await CreatePropertyAsync();
        var id = await Http.CreateContactAsync(Unique.Email(), $"\"{name}\":\"25\"");
        var asText = await Http.PostAsync("/crm/v3/objects/contacts/search", Filter(name, "GT", "100"));

        var patched = await Http.PatchAsync($"/crm/v3/properties/contacts/{name}", """{"type":"number","fieldType":"number"}""");
        var asNumber = await Http.PostAsync("/crm/v3/objects/contacts/search", Filter(name, "GT", "100"));
        var below = await Http.PostAsync("/crm/v3/objects/contacts/search", Filter(name, "LT", "100"));

        Assert.Equal(1, asText["total"].GetInt32());
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal(0, asNumber["total"].GetInt32());
        Assert.Equal(id, below["results"][0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_archived_property_leaves_lists_reads_and_records_and_its_name_stays_taken()
    {
        var name = await CreatePropertyAsync();
        var contact = await Http.CreateContactAsync(Unique.Email(), $"\"{name}\":\"kept\"");

        var archive = await Http.DeleteAsync($"/crm/v3/properties/contacts/{name}");
        var live = await Http.GetAsync($"/crm/v3/properties/contacts/{name}");
        var archived = await Http.GetAsync($"/crm/v3/properties/contacts/{name}?archived=true");
        var liveList = await Http.GetAsync("/crm/v3/properties/contacts");
        var archivedList = await Http.GetAsync("/crm/v3/properties/contacts?archived=true");
        var write = await Http.PatchAsync($"/crm/v3/objects/contacts/{contact}", $$$"""{"properties":{"{{{name}}}":"again"}}""");
        var merged = await Http.PostAsync("/crm/v3/objects/contacts/merge",
            $$$"""{"primaryObjectId":"{{{contact}}}","objectIdToMerge":"{{{await Http.CreateContactAsync(Unique.Email())}}}"}""");
        var recreate = await Http.PostAsync("/crm/v3/properties/contacts",
            $$$"""{"name":"{{{name}}}","label":"Again","type":"string","fieldType":"text","groupName":"contactinformation"}""");

        Assert.Equal(HttpStatusCode.NoContent, archive.Status);
        Assert.Equal(HttpStatusCode.NotFound, live.Status);
        Assert.True(archived["archived"].GetBoolean());
        Assert.NotNull(archived["archivedAt"].GetString());
        Assert.DoesNotContain(liveList["results"].EnumerateArray(), p => p.GetProperty("name").GetString() == name);
        Assert.Contains(archivedList["results"].EnumerateArray(), p => p.GetProperty("name").GetString() == name);
        Assert.Equal("PROPERTY_DOESNT_EXIST", write["errors"][0].GetProperty("code").GetString());
        Assert.Null(merged.Property(name));
        Assert.Equal(HttpStatusCode.Conflict, recreate.Status);
        Assert.Contains("archived", recreate["message"].GetString());
    }

    [Fact]
    public async Task HubSpot_defined_properties_that_are_not_archivable_stay()
    {
        var response = await Http.DeleteAsync("/crm/v3/properties/contacts/annualrevenue");
        var read = await Http.GetAsync("/crm/v3/properties/contacts/annualrevenue");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpStatusCode.OK, read.Status);
    }

    [Fact]
    public async Task Batch_read_returns_the_named_definitions_and_lists_unknown_names_in_a_207()
    {
        var found = await Http.PostAsync("/crm/v3/properties/contacts/batch/read", """{"inputs":[{"name":"email"},{"name":"firstname"}],"archived":false}""");
        var partly = await Http.PostAsync("/crm/v3/properties/contacts/batch/read", """{"inputs":[{"name":"email"},{"name":"no_such_one"}]}""");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal(["email", "firstname"], found["results"].EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
        Assert.Equal(HttpStatusCode.MultiStatus, partly.Status);
        Assert.Equal("no_such_one", partly["errors"][0].GetProperty("context").GetProperty("names")[0].GetString());
    }

    [Fact]
    public async Task Batch_create_creates_all_or_nothing()
    {
        var (first, second) = (NewName(), NewName());

        var created = await Http.PostAsync("/crm/v3/properties/contacts/batch/create", $"{{\"inputs\":[{Definition(first)},{Definition(second)}]}}");
        var third = NewName();
        var clash = await Http.PostAsync("/crm/v3/properties/contacts/batch/create", $"{{\"inputs\":[{Definition(third)},{Definition(first)}]}}");
        var thirdRead = await Http.GetAsync($"/crm/v3/properties/contacts/{third}");
        var twice = await Http.PostAsync("/crm/v3/properties/contacts/batch/create", $"{{\"inputs\":[{Definition(third)},{Definition(third)}]}}");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal([first, second], created["results"].EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, clash.Status);
        Assert.Equal(HttpStatusCode.NotFound, thirdRead.Status);
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);
    }

    [Fact]
    public async Task Batch_archive_answers_204_whatever_the_state_of_the_names()
    {
        var name = await CreatePropertyAsync();

        var response = await Http.PostAsync("/crm/v3/properties/contacts/batch/archive", $$$"""{"inputs":[{"name":"{{{name}}}"},{"name":"no_such_one"},{"name":"annualrevenue"}]}""");
        var again = await Http.PostAsync("/crm/v3/properties/contacts/batch/archive", $$$"""{"inputs":[{"name":"{{{name}}}"}]}""");

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Equal(HttpStatusCode.NoContent, again.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/crm/v3/properties/contacts/{name}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/crm/v3/properties/contacts/annualrevenue")).Status);
    }

    private static string NewName() => $"managed_{Guid.NewGuid():N}"[..24];

    private static string Definition(string name) =>
        $$$"""{"name":"{{{name}}}","label":"Label {{{name}}}","type":"string","fieldType":"text","groupName":"contactinformation"}""";

    private static string Filter(string name, string op, string value) =>
        $$$"""{"filterGroups":[{"filters":[{"propertyName":"{{{name}}}","operator":"{{{op}}}","value":"{{{value}}}"}]}]}""";

    private async Task<string> CreatePropertyAsync()
    {
        var name = NewName();
        var response = await Http.PostAsync("/crm/v3/properties/contacts", Definition(name));
        Assert.Equal(HttpStatusCode.Created, response.Status);
        return name;
    }
}
