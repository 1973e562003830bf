using Spoke.Agents.Backend;
using Spoke.Agents.Tests.Fakes;
using Spoke.Search;

namespace Spoke.Agents.Tests.Tools;

public sealed class SearchToolTests
{
    private const string Search = "search_hubspot";

    private readonly ToolHarness _harness = new();

    [Fact]
    public async Task Passes_hubspot_filter_groups_through()
    {
        _harness.Backend.Add("contacts", new() { ["email"] = "a@x.com" });

        var result = await _harness.CallAsync(Search, "analyst", """
            {"objectType": "contacts", "filterGroups": [{"filters": [{"propertyName": "email", "operator": "eq", "value": "a@x.com"}]},
              {"filters": [{"propertyName": "createdate", "operator": "BETWEEN", "value": 1, "highValue": "2"}]}],
             "sorts": [{"propertyName": "createdate", "direction": "DESCENDING"}], "limit": 5}
            """);

        Assert.False(result.IsError, result.Text);
        Assert.Contains("\"total\":1", result.Text, StringComparison.Ordinal);
        var request = _harness.Backend.LastSearch!;
        Assert.Equal(SearchOperator.Eq, request.FilterGroups[0].Filters[0].Operator);
        Assert.Equal("1", request.FilterGroups[1].Filters[0].Value);
        Assert.Equal(SortDirection.Descending, request.Sorts[0].Direction);
        Assert.Equal(5, _harness.Backend.LastSearchLimit);
    }

    [Fact]
    public async Task Too_many_filter_groups_is_rejected_before_sending()
    {
        var group = """{"filters": [{"propertyName": "email", "operator": "HAS_PROPERTY"}]}""";
        var groups = string.Join(',', Enumerable.Repeat(group, HubSpotLimits.MaxFilterGroups + 1));

        var result = await _harness.CallAsync(Search, "analyst", $$$"""{"objectType": "contacts", "filterGroups": [{{{groups}}}]}""");

        Assert.True(result.IsError);
        Assert.Contains(HubSpotLimits.MaxFilterGroups.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Text, StringComparison.Ordinal);
        Assert.Contains("filter groups", result.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.Backend.Calls);
    }

    [Fact]
    public async Task After_is_the_continuation_token_of_the_previous_page()
    {
        var result = await _harness.CallAsync(Search, "analyst", """{"objectType": "contacts", "after": "token-of-page-1"}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal("token-of-page-1", _harness.Backend.LastSearchAfter);
    }

    [Theory]
    [InlineData("""{"propertyName": "email", "operator": "IN"}""", "IN on 'email' needs at least one entry in 'values'")]
    [InlineData("""{"propertyName": "email", "operator": "BETWEEN", "value": "1"}""", "BETWEEN on 'email' needs both 'value' (low) and 'highValue' (high)")]
    [InlineData("""{"propertyName": "email", "operator": "LIKE", "value": "1"}""", "use one of EQ, NEQ")]
    public async Task Malformed_filters_are_explained(string filter, string expected)
    {
        var result = await _harness.CallAsync(Search, "analyst", $$$"""{"objectType": "contacts", "filterGroups": [{"filters": [{{{filter}}}]}]}""");

        Assert.Contains(expected, result.Text, StringComparison.Ordinal);
        Assert.Contains("filterGroups[0].filters[0]", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limit_tells_the_model_how_long_to_wait()
    {
        _harness.Backend.Failure = new HubSpotCallException("limit") { StatusCode = 429, PolicyName = "SECONDLY", RetryAfter = TimeSpan.FromSeconds(3) };

        var result = await _harness.CallAsync(Search, "analyst", """{"objectType": "contacts", "query": "ada"}""");

        Assert.True(result.IsError);
        Assert.Contains("Wait 3 seconds", result.Text, StringComparison.Ordinal);
    }
}
