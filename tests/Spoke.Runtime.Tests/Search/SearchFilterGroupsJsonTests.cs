using Spoke.Search;

namespace Spoke.Runtime.Tests.Search;

/// <summary>The one parser of HubSpot's <c>filterGroups</c> JSON: every refusal says where, and never repeats more than it must.</summary>
public sealed class SearchFilterGroupsJsonTests
{
    [Fact]
    public void Reads_HubSpot_s_shape_with_values_as_strings()
    {
        var groups = SearchFilterGroupsJson.Parse("""
            [{"filters": [{"propertyName": "email", "operator": "eq", "value": "a@x.com"}]},
             {"filters": [{"propertyName": "createdate", "operator": "BETWEEN", "value": 1, "highValue": "2"}, {"propertyName": "hs_lead_status", "operator": "IN", "values": ["NEW", true]}]}]
            """);

        Assert.Equal(SearchOperator.Eq, groups[0].Filters[0].Operator);
        Assert.Equal(("1", "2"), (groups[1].Filters[0].Value, groups[1].Filters[0].HighValue));
        Assert.Equal(["NEW", "true"], groups[1].Filters[1].Values!);
    }

    [Theory]
    [InlineData("""[{"filters": []}]""", "filterGroups[0] must be an object with a non-empty 'filters' array")]
    [InlineData("""[{"filters": [{"propertyName": "email", "operator": "IN"}]}]""", "filterGroups[0].filters[0]: IN on 'email' needs at least one entry in 'values'")]
    [InlineData("""[{"filters": [{"propertyName": "email", "operator": "BETWEEN", "value": "1"}]}]""", "filterGroups[0].filters[0]: BETWEEN on 'email' needs both")]
    [InlineData("""[{"filters": [{"propertyName": "email", "operator": "LIKE", "value": "1"}]}]""", "filterGroups[0].filters[0].operator is 'LIKE', which is not a HubSpot search operator; use one of EQ, NEQ")]
    [InlineData("""[{"filters": [{"propertyName": "email", "value": "1"}]}]""", "filterGroups[0].filters[0].operator is missing")]
    public void A_malformed_filter_is_refused_naming_where_it_is(string json, string expected)
    {
        var exception = Assert.ThrowsAny<Exception>(() => SearchFilterGroupsJson.Parse(json));

        Assert.True(exception is FormatException or ArgumentException, exception.GetType().Name);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seven_filters_in_one_group_name_the_group_and_the_limit()
    {
        var filters = string.Join(',', Enumerable.Repeat("""{"propertyName": "email", "operator": "HAS_PROPERTY"}""", HubSpotLimits.MaxFiltersPerGroup + 1));

        var exception = Assert.Throws<ArgumentException>(() => SearchFilterGroupsJson.Parse($$"""[{"filters": [{{filters}}]}]"""));

        Assert.Contains("filters in filterGroups[0] (HubSpotLimits.MaxFiltersPerGroup)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_or_control_laden_operator_is_quoted_short_and_escaped()
    {
        var exception = Assert.Throws<FormatException>(() => SearchFilterGroupsJson.Parse($$"""[{"filters": [{"propertyName": "email", "operator": "\u0007{{new string('X', 5_000)}}"}]}]"""));

        Assert.Contains("'\\u0007XXX", exception.Message, StringComparison.Ordinal);
        Assert.Contains("(5001 characters)", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.Message.Length < 600, exception.Message);
    }
}
