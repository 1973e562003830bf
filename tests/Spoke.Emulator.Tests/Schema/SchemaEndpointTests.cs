using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Schema;

[Collection(SharedEmulatorCollection.Name)]
public sealed class SchemaEndpointTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Fact]
    public async Task Properties_list_and_get_serve_the_snapshot_verbatim()
    {
        var list = await Http.GetAsync("/crm/v3/properties/contacts");
        var email = await Http.GetAsync("/crm/v3/properties/0-1/email");
        var missing = await Http.GetAsync("/crm/v3/properties/contacts/nope");

        Assert.True(list["results"].GetArrayLength() > 300);
        Assert.False(list.Body.TryGetProperty("paging", out _));
        Assert.Equal("string", email["type"].GetString());
        Assert.True(email["hasUniqueValue"].GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task A_created_property_is_accepted_on_records_from_then_on()
    {
        var before = await Http.PostAsync("/crm/v3/objects/deals", """{"properties":{"dealname":"X","dealstage":"appointmentscheduled","favourite_colour":"red"}}""");
        var created = await Http.PostAsync("/crm/v3/properties/deals", """
            {"name":"favourite_colour","label":"Favourite colour","type":"enumeration","fieldType":"select","groupName":"dealinformation",
             "options":[{"label":"Red","value":"red"},{"label":"Blue","value":"blue"}]}
            """);
        var duplicate = await Http.PostAsync("/crm/v3/properties/deals", """{"name":"favourite_colour","label":"x","type":"string","fieldType":"text","groupName":"g"}""");
        var after = await Http.PostAsync("/crm/v3/objects/deals", """{"properties":{"dealname":"X","dealstage":"appointmentscheduled","favourite_colour":"red"}}""");
        var badOption = await Http.PostAsync("/crm/v3/objects/deals", """{"properties":{"dealname":"X","dealstage":"appointmentscheduled","favourite_colour":"green"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, before.Status);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("/crm/v3/properties/deals/favourite_colour", created.Headers.Location?.ToString());
        Assert.Equal("red", created["options"][0].GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(HttpStatusCode.Created, after.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badOption.Status);
    }

    [Theory]
    [InlineData("""{"name":"Bad Name","label":"x","type":"string","fieldType":"text","groupName":"g"}""")]
    [InlineData("""{"name":"ok_name","label":"x","type":"string","fieldType":"checkbox","groupName":"g"}""")]
    [InlineData("""{"name":"ok_name","label":"x","type":"colour","fieldType":"text","groupName":"g"}""")]
    [InlineData("""{"name":"ok_name","type":"string","fieldType":"text","groupName":"g"}""")]
    [InlineData("""{"name":"ok_name","label":"x","type":"enumeration","fieldType":"select","groupName":"g"}""")]
    public async Task Invalid_property_definitions_are_400(string body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.PostAsync("/crm/v3/properties/companies", body)).Status);
    }

    [Fact]
    public async Task Schemas_list_and_get_custom_objects_under_both_paths()
    {
        var list = await Http.GetAsync("/crm/v3/schemas");
        var canonical = await Http.GetAsync("/crm-object-schemas/v3/schemas/2-3465404");
        var byName = await Http.GetAsync("/crm/v3/schemas/p8675309_shipment");
        var missing = await Http.GetAsync("/crm/v3/schemas/contacts");

        Assert.Equal("shipment", list["results"][0].GetProperty("name").GetString());
        Assert.Equal("2-3465404", canonical["objectTypeId"].GetString());
        Assert.Equal("shipment", byName["name"].GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task Owners_list_filter_and_get()
    {
        var list = await Http.GetAsync("/crm/v3/owners?limit=2");
        var owner = list["results"][0];
        var byEmail = await Http.GetAsync($"/crm/v3/owners?email={owner.GetProperty("email").GetString()}");
        var byId = await Http.GetAsync($"/crm/v3/owners/{owner.GetProperty("id").GetString()}");
        var byUserId = await Http.GetAsync($"/crm/v3/owners/{owner.GetProperty("userId").GetInt64()}?idProperty=userId");

        Assert.Equal(2, list["results"].GetArrayLength());
        Assert.True(list.Body.TryGetProperty("paging", out _));
        Assert.Equal(1, byEmail["results"].GetArrayLength());
        Assert.Equal("PERSON", byId["type"].GetString());
        Assert.Equal(owner.GetProperty("id").GetString(), byUserId["id"].GetString());
    }

    [Fact]
    public async Task Seeded_owner_ids_are_valid_hubspot_owner_id_values()
    {
        var owners = await Http.GetAsync("/crm/v3/owners");
        var ids = owners["results"].EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToHashSet();
        var contacts = await Http.GetAsync("/crm/v3/objects/contacts?limit=100&properties=hubspot_owner_id");

        var used = contacts["results"].EnumerateArray()
            .Select(r => r.GetProperty("properties").GetProperty("hubspot_owner_id").GetString())
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(used);
        Assert.All(used, id => Assert.Contains(id, ids));
    }

    [Fact]
    public async Task Unknown_paths_are_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/crm/v3/nothing-here")).Status);
    }
}
