using System.Net;
using System.Text.Json;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Objects;

/// <summary>HubSpot's required properties on create (object guide): deals, tickets and companies, single, batch and upsert.</summary>
[Collection(SharedEmulatorCollection.Name)]
public sealed class RequiredPropertyTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Theory]
    [InlineData("deals", """{"amount":"10"}""", new[] { "dealname", "dealstage" })]
    [InlineData("deals", """{"dealname":"No stage","pipeline":"default"}""", new[] { "dealstage" })]
    [InlineData("deals", """{"dealstage":"appointmentscheduled"}""", new[] { "dealname" })]
    [InlineData("tickets", """{"content":"Help"}""", new[] { "subject", "hs_pipeline_stage" })]
    [InlineData("tickets", """{"subject":"No stage","hs_pipeline":"0"}""", new[] { "hs_pipeline_stage" })]
    [InlineData("companies", """{"city":"Nowhere"}""", new[] { "name" })]
    public async Task A_create_without_a_required_property_is_400_naming_each_one(string type, string properties, string[] missing)
    {
        var response = await Http.PostAsync($"/crm/v3/objects/{type}", $$$"""{"properties":{{{properties}}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
        Assert.StartsWith("Property values were not valid: ", response["message"].GetString());
        Assert.Equal(missing, NamesOf(response));
        Assert.All(response["errors"].EnumerateArray(), e => Assert.Equal("REQUIRED_PROPERTY", e.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_company_needs_a_name_or_a_domain_and_either_alone_is_enough()
    {
        var missing = await Http.PostAsync("/crm/v3/objects/companies", """{"properties":{"city":"Nowhere"}}""");
        var byName = await Http.PostAsync("/crm/v3/objects/companies", """{"properties":{"name":"Named only"}}""");
        var byDomain = await Http.PostAsync("/crm/v3/objects/companies", $$$"""{"properties":{"domain":"{{{Guid.NewGuid():N}}}.example"}}""");

        Assert.Contains("\\\"name\\\" or \\\"domain\\\"", missing["message"].GetString());
        Assert.Equal(HttpStatusCode.Created, byName.Status);
        Assert.Equal(HttpStatusCode.Created, byDomain.Status);
    }

    [Fact]
    public async Task A_deal_without_a_pipeline_goes_to_the_default_pipeline_and_updates_need_nothing()
    {
        var created = await Http.PostAsync("/crm/v3/objects/deals", """{"properties":{"dealname":"Defaulted","dealstage":"qualifiedtobuy"}}""");
        var id = created["id"].GetString();
        var updated = await Http.PatchAsync($"/crm/v3/objects/deals/{id}", """{"properties":{"amount":"5"}}""");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("default", created.Property("pipeline"));
        Assert.Equal(HttpStatusCode.OK, updated.Status);
    }

    [Fact]
    public async Task Batch_create_reports_the_input_missing_a_required_property_and_creates_nothing_without_trace_ids()
    {
        var name = $"Batch {Guid.NewGuid():N}";
        var inputs = $$$"""[{"properties":{"dealname":"{{{name}}}","dealstage":"closedwon"}},{"properties":{"dealname":"{{{name}}} 2"}}]""";
        var traced = $$$"""[{"properties":{"dealname":"{{{name}}}","dealstage":"closedwon"},"objectWriteTraceId":"ok"},{"properties":{"amount":"1","dealstage":"closedwon"},"objectWriteTraceId":"bad"}]""";

        var failFast = await Http.PostAsync("/crm/v3/objects/deals/batch/create", $$$"""{"inputs":{{{inputs}}}}""");
        var created = await Http.PostAsync("/crm/v3/objects/deals/search", $$$"""{"filterGroups":[{"filters":[{"propertyName":"dealname","operator":"EQ","value":"{{{name}}}"}]}]}""");
        var multiStatus = await Http.PostAsync("/crm/v3/objects/deals/batch/create", $$$"""{"inputs":{{{traced}}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, failFast.Status);
        Assert.Contains("dealstage", failFast["message"].GetString());
        Assert.Equal(0, created["total"].GetInt32());
        Assert.Equal(HttpStatusCode.MultiStatus, multiStatus.Status);
        Assert.Single(multiStatus["results"].EnumerateArray());
        var error = Assert.Single(multiStatus["errors"].EnumerateArray());
        Assert.Equal("bad", error.GetProperty("context").GetProperty("objectWriteTraceId")[0].GetString());
        Assert.Contains("dealname", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_upsert_that_creates_needs_the_required_properties_and_one_that_updates_does_not()
    {
        var key = $"ref_{Guid.NewGuid():N}"[..20];
        var property = await Http.PostAsync("/crm/v3/properties/deals",
            $$$"""{"name":"{{{key}}}","label":"External ref","type":"string","fieldType":"text","groupName":"dealinformation","hasUniqueValue":true}""");
        Assert.Equal(HttpStatusCode.Created, property.Status);

        var missing = await Http.PostAsync("/crm/v3/objects/deals/batch/upsert", $$$"""{"inputs":[{"id":"A-1","idProperty":"{{{key}}}","properties":{"amount":"3"}}]}""");
        var created = await Http.PostAsync("/crm/v3/objects/deals/batch/upsert",
            $$$"""{"inputs":[{"id":"A-1","idProperty":"{{{key}}}","properties":{"dealname":"Upserted","dealstage":"contractsent"}}]}""");
        var updated = await Http.PostAsync("/crm/v3/objects/deals/batch/upsert", $$$"""{"inputs":[{"id":"A-1","idProperty":"{{{key}}}","properties":{"amount":"4"}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal(["dealname", "dealstage"], NamesOf(missing));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.True(created["results"][0].GetProperty("new").GetBoolean());
        Assert.Equal("default", created["results"][0].GetProperty("properties").GetProperty("pipeline").GetString());
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.False(updated["results"][0].GetProperty("new").GetBoolean());
    }

    private static string[] NamesOf(ApiResponse response) =>
        [.. response["errors"].EnumerateArray().Select(e => e.GetProperty("context").GetProperty("propertyName")[0].GetString()!)];
}
