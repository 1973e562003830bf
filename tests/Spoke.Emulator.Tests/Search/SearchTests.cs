using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Search;

public sealed class SearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private HubSpotHttp Http => fixture.Http;

    private async Task<ApiResponse> SearchShipmentsAsync(string filters, string extra = "")
    {
        var response = await Http.PostAsync("/crm/v3/objects/2-3465404/search",
            $$$"""{"filterGroups":[{"filters":[{{{filters}}}]}],"limit":200{{{extra}}}}""");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response;
    }

    private static int Total(ApiResponse response) => response["total"].GetInt32();

    [Theory]
    [InlineData("""{"propertyName":"carrier","operator":"EQ","value":"ups"}""", 10)]
    [InlineData("""{"propertyName":"carrier","operator":"NEQ","value":"ups"}""", 30)]
    [InlineData("""{"propertyName":"weight_kg","operator":"LT","value":"10"}""", 9)]
    [InlineData("""{"propertyName":"weight_kg","operator":"LTE","value":"10"}""", 10)]
    [InlineData("""{"propertyName":"weight_kg","operator":"GT","value":"30"}""", 10)]
    [InlineData("""{"propertyName":"weight_kg","operator":"GTE","value":"30"}""", 11)]
    [InlineData("""{"propertyName":"weight_kg","operator":"BETWEEN","value":"5","highValue":"7"}""", 3)]
    [InlineData("""{"propertyName":"carrier","operator":"IN","values":["ups","dhl"]}""", 20)]
    [InlineData("""{"propertyName":"carrier","operator":"NOT_IN","values":["ups","dhl"]}""", 20)]
    [InlineData("""{"propertyName":"status","operator":"HAS_PROPERTY"}""", 32)]
    [InlineData("""{"propertyName":"status","operator":"NOT_HAS_PROPERTY"}""", 8)]
    [InlineData("""{"propertyName":"tracking_number","operator":"CONTAINS_TOKEN","value":"box"}""", 40)]
    [InlineData("""{"propertyName":"tracking_number","operator":"NOT_CONTAINS_TOKEN","value":"7"}""", 39)]
    [InlineData("""{"propertyName":"shipped_on","operator":"GTE","value":"1737158400000"}""", 11)]
    [InlineData("""{"propertyName":"is_insured","operator":"EQ","value":"true"}""", 20)]
    public async Task Every_operator_follows_the_property_type(string filter, int expected)
    {
        Assert.Equal(expected, Total(await SearchShipmentsAsync(filter)));
    }

    [Fact]
    public async Task Enumerations_are_case_sensitive()
    {
        Assert.Equal(0, Total(await SearchShipmentsAsync("""{"propertyName":"carrier","operator":"EQ","value":"UPS"}""")));
    }

    [Fact]
    public async Task Strings_ignore_case_but_IN_needs_lower_case_values()
    {
        var eq = await SearchShipmentsAsync("""{"propertyName":"shipment_number","operator":"EQ","value":"shp-001"}""");
        var inLower = await SearchShipmentsAsync("""{"propertyName":"shipment_number","operator":"IN","values":["shp-001"]}""");
        var inUpper = await SearchShipmentsAsync("""{"propertyName":"shipment_number","operator":"IN","values":["SHP-001"]}""");

        Assert.Equal(1, Total(eq));
        Assert.Equal(1, Total(inLower));
        Assert.Equal(0, Total(inUpper));
    }

    [Fact]
    public async Task Filters_in_a_group_are_ANDed_and_groups_are_ORed()
    {
        var response = await Http.PostAsync("/crm/v3/objects/2-3465404/search", """
            {"filterGroups":[
              {"filters":[{"propertyName":"carrier","operator":"EQ","value":"ups"},{"propertyName":"weight_kg","operator":"LT","value":"10"}]},
              {"filters":[{"propertyName":"carrier","operator":"EQ","value":"dhl"}]}]}
            """);

        Assert.Equal(2 + 10, Total(response));
    }

    [Fact]
    public async Task Wildcard_token_matches_email_domain()
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts/search",
            """{"filterGroups":[{"filters":[{"propertyName":"email","operator":"CONTAINS_TOKEN","value":"*@hubspot.com"}]}]}""");

        Assert.Equal(2, Total(response));
    }

    [Fact]
    public async Task Query_searches_the_default_searchable_properties()
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts/search", """{"query":"stone"}""");

        Assert.Equal(1, Total(response));
        Assert.Equal("carol@hubspot.com", response["results"][0].GetProperty("properties").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Default_properties_limit_after_offset_and_total()
    {
        var first = await Http.PostAsync("/crm/v3/objects/2-3465404/search", """{"limit":15}""");
        var second = await Http.PostAsync("/crm/v3/objects/2-3465404/search", """{"limit":15,"after":"30"}""");

        Assert.Equal(40, Total(first));
        Assert.Equal(15, first["results"].GetArrayLength());
        Assert.Equal("15", first["paging"].GetProperty("next").GetProperty("after").GetString());
        Assert.False(first["paging"].GetProperty("next").TryGetProperty("link", out _));
        Assert.Equal(10, second["results"].GetArrayLength());
        Assert.False(second.Body.TryGetProperty("paging", out _));
        Assert.Null(first.Header("X-HubSpot-RateLimit-Max"));
    }

    [Fact]
    public async Task Default_limit_is_10()
    {
        var response = await Http.PostAsync("/crm/v3/objects/2-3465404/search", "{}");

        Assert.Equal(10, response["results"].GetArrayLength());
    }

    [Fact]
    public async Task One_sort_orders_by_type_and_more_are_refused()
    {
        var sorted = await SearchShipmentsAsync("""{"propertyName":"carrier","operator":"EQ","value":"ups"}""",
            ""","sorts":[{"propertyName":"weight_kg","direction":"DESCENDING"}],"properties":["weight_kg"]""");
        var twoSorts = await Http.PostAsync("/crm/v3/objects/2-3465404/search",
            """{"sorts":[{"propertyName":"weight_kg","direction":"DESCENDING"},{"propertyName":"carrier","direction":"ASCENDING"}]}""");

        var weights = sorted["results"].EnumerateArray().Select(r => int.Parse(r.GetProperty("properties").GetProperty("weight_kg").GetString()!)).ToList();
        Assert.Equal(weights.OrderDescending(), weights);
        Assert.Equal(40, weights[0]);
        Assert.Equal(HttpStatusCode.BadRequest, twoSorts.Status);
    }

    [Theory]
    [InlineData(6, 1)]
    [InlineData(1, 7)]
    [InlineData(4, 5)]
    public async Task Too_many_groups_or_filters_is_400(int groups, int filtersPerGroup)
    {
        var filter = """{"propertyName":"carrier","operator":"EQ","value":"ups"}""";
        var group = $$$"""{"filters":[{{{string.Join(",", Enumerable.Repeat(filter, filtersPerGroup))}}}]}""";

        var response = await Http.PostAsync("/crm/v3/objects/2-3465404/search",
            $$$"""{"filterGroups":[{{{string.Join(",", Enumerable.Repeat(group, groups))}}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
    }

    [Fact]
    public async Task Paging_to_10000_or_beyond_is_400_and_limit_above_200_is_400()
    {
        var deep = await Http.PostAsync("/crm/v3/objects/2-3465404/search", """{"after":"10000","limit":1}""");
        var big = await Http.PostAsync("/crm/v3/objects/2-3465404/search", """{"limit":201}""");

        Assert.Equal(HttpStatusCode.BadRequest, deep.Status);
        Assert.Equal(HttpStatusCode.BadRequest, big.Status);
    }

    [Theory]
    [InlineData("\"10\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[10]")]
    [InlineData("true")]
    [InlineData("-1")]
    [InlineData("10.5")]
    [InlineData("1e400")]
    [InlineData("99999999999999999999")]
    public async Task A_limit_that_is_not_a_whole_number_from_0_to_200_is_400_naming_it(string limit)
    {
        var response = await Http.PostAsync("/crm/v3/objects/2-3465404/search", $$"""{"limit":{{limit}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
        Assert.StartsWith("limit must be a whole number from 0 to 200", response["message"].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EQ,NEQ")]
    [InlineData(" EQ")]
    [InlineData("eq")]
    [InlineData("0")]
    [InlineData("1")]
    public async Task An_operator_that_is_not_exactly_one_of_the_13_names_is_400(string operatorName)
    {
        var response = await Http.PostAsync("/crm/v3/objects/2-3465404/search",
            $$"""{"filterGroups":[{"filters":[{"propertyName":"carrier","operator":"{{operatorName}}","value":"ups"}]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Unknown filter operator", response["message"].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"propertyName":"nope","operator":"EQ","value":"x"}""")]
    [InlineData("""{"propertyName":"carrier","operator":"LIKE","value":"x"}""")]
    [InlineData("""{"propertyName":"weight_kg","operator":"GT","value":"heavy"}""")]
    [InlineData("""{"propertyName":"carrier","operator":"IN"}""")]
    public async Task Invalid_filters_are_400(string filter)
    {
        var response = await Http.PostAsync("/crm/v3/objects/2-3465404/search", $$$"""{"filterGroups":[{"filters":[{{{filter}}}]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Archived_records_are_never_returned()
    {
        var id = await Http.CreateAsync("2-3465404", """{"shipment_number":"SHP-archived","carrier":"usps","tracking_number":"gone"}""");
        var before = await SearchShipmentsAsync("""{"propertyName":"tracking_number","operator":"EQ","value":"gone"}""");
        await Http.DeleteAsync($"/crm/v3/objects/2-3465404/{id}");
        var after = await SearchShipmentsAsync("""{"propertyName":"tracking_number","operator":"EQ","value":"gone"}""");

        Assert.Equal(1, Total(before));
        Assert.Equal(0, Total(after));
    }

    [Fact]
    public async Task Query_over_3000_characters_is_400()
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts/search", $$$"""{"query":"{{{new string('q', 3001)}}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }
}
