using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Objects;

[Collection(SharedEmulatorCollection.Name)]
public sealed class PropertyValidationTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Theory]
    [InlineData("\"missing\":\"x\"", "PROPERTY_DOESNT_EXIST")]
    [InlineData("\"hs_object_id\":\"5\"", "READ_ONLY_VALUE")]
    [InlineData("\"numemployees\":\"many\"", "INVALID_OPTION")]
    [InlineData("\"hs_email_optout\":\"true\"", "READ_ONLY_VALUE")]
    [InlineData("\"hs_bing_ad_clicked\":\"maybe\"", "INVALID_BOOLEAN")]
    [InlineData("\"followercount\":\"abc\"", "INVALID_INTEGER")]
    [InlineData("\"closedate\":\"yesterday\"", "INVALID_DATETIME")]
    [InlineData("\"hs_lead_status\":\"new\"", "INVALID_OPTION")]
    [InlineData("\"hs_job_change_detected_date\":\"not a date\"", "INVALID_DATE")]
    [InlineData("\"hs_lead_status\":\"NOPE\"", "INVALID_OPTION")]
    public async Task Invalid_values_give_400_property_values_were_not_valid(string property, string code)
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts", $$$"""{"properties":{"email":"{{{Unique.Email()}}}",{{{property}}}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
        Assert.StartsWith("Property values were not valid: [{\"isValid\":false", response["message"].GetString());
        Assert.Contains(code, response["message"].GetString());
        Assert.True(response["errors"].GetArrayLength() > 0);
    }

    [Fact]
    public async Task Every_invalid_property_is_reported_at_once()
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts", """{"properties":{"nope1":"a","nope2":"b"}}""");

        Assert.Equal(2, response["errors"].GetArrayLength());
    }

    [Theory]
    [InlineData("\"closedate\":\"1572480000000\"", "closedate", "2019-10-31T00:00:00.000Z")]
    [InlineData("\"closedate\":\"2024-01-17T19:55:04.281+01:00\"", "closedate", "2024-01-17T18:55:04.281Z")]
    [InlineData("\"amount\":1500.5", "amount", "1500.5")]
    public async Task Values_are_stored_in_HubSpot_wire_form(string property, string name, string expected)
    {
        var response = await Http.PostAsync("/crm/v3/objects/deals", $$$"""{"properties":{"dealname":"Deal","dealstage":"appointmentscheduled",{{{property}}}}}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal(expected, response.Property(name));
    }

    [Fact]
    public async Task Date_properties_need_midnight_UTC()
    {
        var ok = await Http.PostAsync("/crm/v3/objects/2-3465404", """{"properties":{"shipment_number":"SHP-date-ok","shipped_on":1430438400000}}""");
        var notMidnight = await Http.PostAsync("/crm/v3/objects/2-3465404", """{"properties":{"shipment_number":"SHP-date-bad","shipped_on":1430438400001}}""");

        Assert.Equal("2015-05-01", ok.Property("shipped_on"));
        Assert.Equal(HttpStatusCode.BadRequest, notMidnight.Status);
        Assert.Contains("INVALID_DATE", notMidnight["message"].GetString());
    }

    [Fact]
    public async Task Multi_checkbox_values_replace_or_with_leading_semicolon_append()
    {
        var id = (await Http.PostAsync("/crm/v3/objects/2-3465404", """{"properties":{"shipment_number":"SHP-multi","handling":"fragile"}}"""))["id"].GetString();

        await Http.PatchAsync($"/crm/v3/objects/2-3465404/{id}", """{"properties":{"handling":";upright;cold_chain"}}""");
        var appended = await Http.GetAsync($"/crm/v3/objects/2-3465404/{id}?properties=handling");
        await Http.PatchAsync($"/crm/v3/objects/2-3465404/{id}", """{"properties":{"handling":"signature"}}""");
        var replaced = await Http.GetAsync($"/crm/v3/objects/2-3465404/{id}?properties=handling");

        Assert.Equal("fragile;upright;cold_chain", appended.Property("handling"));
        Assert.Equal("signature", replaced.Property("handling"));
    }

    [Fact]
    public async Task Values_over_65536_characters_are_refused()
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts", $$$"""{"properties":{"jobtitle":"{{{new string('a', 65_537)}}}"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("VALUE_TOO_LONG", response["message"].GetString());
    }

    [Fact]
    public async Task Duplicate_contact_email_is_409_naming_the_existing_id()
    {
        var email = Unique.Email();
        var id = await Http.CreateContactAsync(email);

        var response = await Http.PostAsync("/crm/v3/objects/contacts", $$$"""{"properties":{"email":"{{{email.ToUpperInvariant()}}}"}}""");

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Equal("CONFLICT", response["category"].GetString());
        Assert.Equal($"Contact already exists. Existing ID: {id}", response["message"].GetString());
    }

    [Theory]
    [InlineData("{\"properties\":")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task Malformed_json_is_400(string body)
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("Invalid input JSON", response["message"].GetString());
    }

    [Fact]
    public async Task Invalid_email_is_refused()
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts", """{"properties":{"email":"not-an-email"}}""");

        Assert.Contains("INVALID_EMAIL", response["message"].GetString());
    }
}
