using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Objects;

[Collection(SharedEmulatorCollection.Name)]
public sealed class ObjectCrudTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Fact]
    public async Task Create_returns_201_with_string_id_and_every_set_property_and_system_fields()
    {
        var email = Unique.Email();
        var response = await Http.PostAsync("/crm/v3/objects/contacts",
            $$$"""{"properties":{"email":"{{{email.ToUpperInvariant()}}}","firstname":"Jane","lifecyclestage":"lead"}}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        var id = response["id"].GetString()!;
        Assert.True(long.TryParse(id, out _));
        Assert.Equal(email, response.Property("email"));
        Assert.Equal("Jane", response.Property("firstname"));
        Assert.Equal(id, response.Property("hs_object_id"));
        Assert.NotNull(response.Property("createdate"));
        Assert.NotNull(response.Property("lastmodifieddate"));
        Assert.False(response["archived"].GetBoolean());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", response["createdAt"].GetString());
        Assert.NotNull(response.Header("x-hubspot-correlation-id"));
    }

    [Fact]
    public async Task Get_returns_default_properties_and_null_for_requested_unset_ones()
    {
        var id = await Http.CreateContactAsync(Unique.Email());

        var defaults = await Http.GetAsync($"/crm/v3/objects/contacts/{id}");
        var requested = await Http.GetAsync($"/crm/v3/objects/contacts/{id}?properties=firstname,jobtitle,not_a_property");

        Assert.Equal(HttpStatusCode.OK, defaults.Status);
        Assert.Equal("Test", defaults.Property("firstname"));
        Assert.False(defaults["properties"].TryGetProperty("jobtitle", out _));
        Assert.False(defaults["properties"].TryGetProperty("hs_lastmodifieddate", out _));
        Assert.True(defaults["properties"].TryGetProperty("lastmodifieddate", out _));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, requested["properties"].GetProperty("jobtitle").ValueKind);
        Assert.False(requested["properties"].TryGetProperty("not_a_property", out _));
    }

    [Fact]
    public async Task Get_by_unique_property_uses_idProperty()
    {
        var email = Unique.Email();
        var id = await Http.CreateContactAsync(email);

        var response = await Http.GetAsync($"/crm/v3/objects/contacts/{email}?idProperty=email");

        Assert.Equal(id, response["id"].GetString());
    }

    [Fact]
    public async Task Unknown_id_is_404_OBJECT_NOT_FOUND_with_context()
    {
        var response = await Http.GetAsync("/crm/v3/objects/contacts/999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("error", response["status"].GetString());
        Assert.Equal("OBJECT_NOT_FOUND", response["category"].GetString());
        Assert.Equal("Object not found.  objectId are usually numeric.", response["message"].GetString());
        Assert.Equal("999999999", response["context"].GetProperty("id")[0].GetString());
        Assert.Equal(response.Header("x-hubspot-correlation-id"), response["correlationId"].GetString());
    }

    [Fact]
    public async Task Patch_changes_values_clears_with_empty_string_and_bumps_modification_dates()
    {
        var id = await Http.CreateContactAsync(Unique.Email(), "\"jobtitle\":\"Engineer\"");
        var before = await Http.GetAsync($"/crm/v3/objects/contacts/{id}");
        await Task.Delay(5);

        var response = await Http.PatchAsync($"/crm/v3/objects/contacts/{id}", """{"properties":{"firstname":"Renamed","jobtitle":""}}""");
        var after = await Http.GetAsync($"/crm/v3/objects/contacts/{id}?properties=firstname,jobtitle,lastmodifieddate");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Renamed", after.Property("firstname"));
        Assert.Null(after.Property("jobtitle"));
        Assert.True(string.CompareOrdinal(after["updatedAt"].GetString(), before["updatedAt"].GetString()) > 0);
        Assert.Equal(after["updatedAt"].GetString(), after.Property("lastmodifieddate"));
    }

    [Theory]
    [InlineData("""{"properties":{}}""")]
    [InlineData("""{}""")]
    [InlineData("""{"properties":null}""")]
    public async Task Patch_without_properties_is_400_no_properties_found_and_changes_nothing(string body)
    {
        var id = await Http.CreateContactAsync(Unique.Email());
        var before = await Http.GetAsync($"/crm/v3/objects/contacts/{id}");

        var response = await Http.PatchAsync($"/crm/v3/objects/contacts/{id}", body);
        var after = await Http.GetAsync($"/crm/v3/objects/contacts/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
        Assert.Equal("No properties found to update, please provide at least one.", response["message"].GetString());
        Assert.Equal(before["updatedAt"].GetString(), after["updatedAt"].GetString());
    }

    [Fact]
    public async Task Archive_is_204_hides_the_record_and_archived_true_returns_it()
    {
        var id = await Http.CreateContactAsync(Unique.Email());

        var archive = await Http.DeleteAsync($"/crm/v3/objects/contacts/{id}");
        var live = await Http.GetAsync($"/crm/v3/objects/contacts/{id}");
        var archived = await Http.GetAsync($"/crm/v3/objects/contacts/{id}?archived=true");

        Assert.Equal(HttpStatusCode.NoContent, archive.Status);
        Assert.Equal(HttpStatusCode.NotFound, live.Status);
        Assert.True(archived["archived"].GetBoolean());
        Assert.NotNull(archived["archivedAt"].GetString());
    }

    [Fact]
    public async Task List_pages_with_after_cursor_and_leaves_out_paging_on_the_last_page()
    {
        var first = await Http.GetAsync("/crm/v3/objects/line_items?limit=15");
        var after = first["paging"].GetProperty("next").GetProperty("after").GetString();
        var second = await Http.GetAsync($"/crm/v3/objects/line_items?limit=15&after={after}");

        Assert.Equal(15, first["results"].GetArrayLength());
        Assert.Contains($"after={after}", first["paging"].GetProperty("next").GetProperty("link").GetString());
        Assert.Equal(5, second["results"].GetArrayLength());
        Assert.False(second.Body.TryGetProperty("paging", out _));
        Assert.Equal(after, second["results"][0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_defaults_to_10_and_refuses_more_than_100()
    {
        var page = await Http.GetAsync("/crm/v3/objects/contacts");
        var tooMany = await Http.GetAsync("/crm/v3/objects/contacts?limit=101");

        Assert.Equal(10, page["results"].GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Equal("VALIDATION_ERROR", tooMany["category"].GetString());
    }

    [Fact]
    public async Task Object_types_resolve_by_name_singular_and_type_id()
    {
        var id = await Http.CreateContactAsync(Unique.Email());

        foreach (var type in new[] { "contacts", "contact", "0-1" })
        {
            Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync($"/crm/v3/objects/{type}/{id}")).Status);
        }

        var unknown = await Http.GetAsync("/crm/v3/objects/widgets/1");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("widgets", unknown["message"].GetString());
    }

    [Fact]
    public async Task Custom_objects_work_by_name_and_type_id_and_enforce_required_properties()
    {
        var created = await Http.PostAsync("/crm/v3/objects/2-3465404",
            """{"properties":{"shipment_number":"SHP-1-unique","carrier":"ups","weight_kg":"2.5","shipped_on":"2025-03-01"}}""");
        var missingRequired = await Http.PostAsync("/crm/v3/objects/shipment", """{"properties":{"carrier":"dhl"}}""");
        var byAlias = await Http.GetAsync($"/crm/v3/objects/p8675309_shipment/{created["id"].GetString()}?properties=carrier,shipped_on");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(HttpStatusCode.BadRequest, missingRequired.Status);
        Assert.Contains("REQUIRED_PROPERTY", missingRequired["message"].GetString());
        Assert.Equal("ups", byAlias.Property("carrier"));
        Assert.Equal("2025-03-01", byAlias.Property("shipped_on"));
    }
}
