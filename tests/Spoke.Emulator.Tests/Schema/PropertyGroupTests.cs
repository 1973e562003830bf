using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Schema;

/// <summary>Property groups: the snapshot's groups, and creating, renaming and archiving them.</summary>
[Collection(SharedEmulatorCollection.Name)]
public sealed class PropertyGroupTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Theory]
    [InlineData("contacts")]
    [InlineData("companies")]
    [InlineData("deals")]
    [InlineData("tickets")]
    [InlineData("2-3465404")]
    public async Task Every_property_is_in_a_listed_group(string type)
    {
        var groups = await Http.GetAsync($"/crm/v3/properties/{type}/groups");
        var properties = await Http.GetAsync($"/crm/v3/properties/{type}");

        var names = groups["results"].EnumerateArray().Select(g => g.GetProperty("name").GetString()).ToHashSet();
        Assert.Equal(HttpStatusCode.OK, groups.Status);
        Assert.All(properties["results"].EnumerateArray(), p => Assert.Contains(p.GetProperty("groupName").GetString(), names));
    }

    [Fact]
    public async Task The_groups_path_lists_groups_with_hubspots_labels_rather_than_reading_a_property()
    {
        var groups = await Http.GetAsync("/crm/v3/properties/contacts/groups");
        var info = groups["results"].EnumerateArray().Single(g => g.GetProperty("name").GetString() == "contactinformation");

        Assert.Equal("Contact information", info.GetProperty("label").GetString());
        Assert.False(info.GetProperty("archived").GetBoolean());
        Assert.True(info.TryGetProperty("displayOrder", out _));
        Assert.Equal("Deal activity", (await Http.GetAsync("/crm/v3/properties/deals/groups/deal_activity"))["label"].GetString());
    }

    [Fact]
    public async Task A_group_is_created_read_renamed_used_and_archived_once_empty()
    {
        var name = $"group_{Guid.NewGuid():N}"[..20];

        var created = await Http.PostAsync("/crm/v3/properties/contacts/groups", $$$"""{"name":"{{{name}}}","label":"My group","displayOrder":5}""");
        var duplicate = await Http.PostAsync("/crm/v3/properties/contacts/groups", $$$"""{"name":"{{{name}}}","label":"Again"}""");
        var renamed = await Http.PatchAsync($"/crm/v3/properties/contacts/groups/{name}", """{"label":"Renamed group"}""");
        var read = await Http.GetAsync($"/crm/v3/properties/contacts/groups/{name}");
        var property = await Http.PostAsync("/crm/v3/properties/contacts",
            $$$"""{"name":"{{{name}}}_prop","label":"In group","type":"string","fieldType":"text","groupName":"{{{name}}}"}""");
        var inUse = await Http.DeleteAsync($"/crm/v3/properties/contacts/groups/{name}");
        await Http.DeleteAsync($"/crm/v3/properties/contacts/{name}_prop");
        var archived = await Http.DeleteAsync($"/crm/v3/properties/contacts/groups/{name}");
        var afterwards = await Http.GetAsync($"/crm/v3/properties/contacts/groups/{name}");
        var listed = await Http.GetAsync("/crm/v3/properties/contacts/groups");
        var archivedList = await Http.GetAsync("/crm/v3/properties/contacts/groups?archived=true");
        var intoArchived = await Http.PostAsync("/crm/v3/properties/contacts",
            $$$"""{"name":"{{{name}}}_late","label":"Late","type":"string","fieldType":"text","groupName":"{{{name}}}"}""");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(5, created["displayOrder"].GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal("Renamed group", renamed["label"].GetString());
        Assert.Equal("Renamed group", read["label"].GetString());
        Assert.Equal(HttpStatusCode.Created, property.Status);
        Assert.Equal(HttpStatusCode.BadRequest, inUse.Status);
        Assert.Equal("Can't delete or purge a group with active properties", inUse["message"].GetString());
        Assert.Equal("PropertyGroupError.GROUP_WITH_ACTIVE_PROPERTIES", inUse["subCategory"].GetString());
        Assert.Equal(HttpStatusCode.NoContent, archived.Status);
        Assert.Equal(HttpStatusCode.NotFound, afterwards.Status);
        Assert.DoesNotContain(listed["results"].EnumerateArray(), g => g.GetProperty("name").GetString() == name);
        Assert.Contains(archivedList["results"].EnumerateArray(), g => g.GetProperty("name").GetString() == name);
        Assert.Equal(HttpStatusCode.BadRequest, intoArchived.Status);
    }

    [Theory]
    [InlineData("""{"label":"No name"}""", "name")]
    [InlineData("""{"name":"Bad Name","label":"x"}""", "not valid")]
    [InlineData("""{"name":"no_label"}""", "label")]
    [InlineData("""{"name":"odd_order","label":"x","displayOrder":"first"}""", "displayOrder")]
    public async Task Invalid_groups_are_400s_saying_what_is_wrong(string body, string expected)
    {
        var response = await Http.PostAsync("/crm/v3/properties/contacts/groups", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(expected, response["message"].GetString());
    }
}
