using Spoke.Search;

namespace Spoke.Runtime.Tests.Search;

public sealed class KeysetContinuationTests
{
    private static readonly SearchFilter CityIsParis = SearchFilter.Create("city", SearchOperator.Eq, "Paris");
    private static readonly SearchFilter CityIsLyon = SearchFilter.Create("city", SearchOperator.Eq, "Lyon");

    [Fact]
    public void Restarting_adds_the_id_filter_to_every_group()
    {
        var request = new SearchRequest { FilterGroups = [CityIsParis, CityIsLyon] };

        var next = KeysetContinuation.After(request, "4711");

        Assert.Equal(2, next.FilterGroups.Count);
        Assert.All(next.FilterGroups, group =>
        {
            var keyFilter = group.Filters[^1];
            Assert.Equal(("hs_object_id", SearchOperator.Gt, "4711"), (keyFilter.PropertyName, keyFilter.Operator, keyFilter.Value));
        });
    }

    [Fact]
    public void Restarting_a_search_without_filters_makes_one_group()
    {
        var next = KeysetContinuation.After(new SearchRequest(), "10");

        var group = Assert.Single(next.FilterGroups);
        Assert.Equal("hs_object_id", Assert.Single(group.Filters).PropertyName);
    }

    [Fact]
    public void A_full_filter_group_leaves_no_room_and_says_so()
    {
        var full = new SearchFilterGroup([.. Enumerable.Repeat(CityIsParis, HubSpotLimits.MaxFiltersPerGroup)]);

        var error = Assert.Throws<InvalidOperationException>(() => KeysetContinuation.After(new SearchRequest { FilterGroups = [full] }, "1"));

        Assert.Contains("hs_object_id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("hs_object_id", true)]
    [InlineData("createdate", false)]
    public void Only_id_order_supports_continuation(string? sortProperty, bool supported)
    {
        var request = new SearchRequest { Sorts = sortProperty is null ? [] : [new SearchSort(sortProperty, SortDirection.Ascending)] };

        Assert.Equal(supported, KeysetContinuation.Supports(request));
    }
}
