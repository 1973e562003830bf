using Spoke.Generator.Tests.HubSpot;
using Spoke.Search;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>
/// Filters built with the types generated from the shipped snapshots (compiled into this test project by the real
/// build/Spoke.targets) produce exactly the search JSON HubSpot expects.
/// </summary>
public sealed class SearchJsonTests
{
    private static readonly DateTimeOffset s_since = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Groups_are_ored_and_filters_in_a_group_are_anded()
    {
        var query = Contact
            .Where(c => c.Email.ContainsToken("*@acme.com") & c.LifecycleStage.In(ContactLifecycleStage.Lead))
            .Or(c => c.CreateDate.OnOrAfter(s_since));

        Assert.Equal(
            """{"filterGroups":[{"filters":[{"propertyName":"email","operator":"CONTAINS_TOKEN","value":"*@acme.com"},{"propertyName":"lifecyclestage","operator":"IN","values":["lead"]}]},{"filters":[{"propertyName":"createdate","operator":"GTE","value":"1735689600000"}]}]}""",
            query.Request.ToJson());
    }

    [Fact]
    public void String_in_values_are_lowercased_and_enum_values_keep_their_case()
    {
        var strings = Contact.Where(c => c.Email.In("Ada@Example.COM", "bob@example.com")).Request.ToJson();
        var enums = Ticket.Where(t => t.TicketPriority.In(TicketPriority.High, TicketPriority.Urgent)).Request.ToJson();

        Assert.Contains("\"values\":[\"ada@example.com\",\"bob@example.com\"]", strings, StringComparison.Ordinal);
        Assert.Contains("\"values\":[\"HIGH\",\"URGENT\"]", enums, StringComparison.Ordinal);
    }

    [Fact]
    public void Datetimes_are_epoch_milliseconds_and_between_sends_a_high_value()
    {
        var json = Contact.Where(c => c.CreateDate.Between(s_since, s_since.AddDays(1).AddMilliseconds(-1))).Request.ToJson();

        Assert.Equal(
            """{"filterGroups":[{"filters":[{"propertyName":"createdate","operator":"BETWEEN","value":"1735689600000","highValue":"1735775999999"}]}]}""",
            json);
    }

    [Fact]
    public void Member_names_take_every_word_of_the_label_that_spells_the_wire_name()
    {
        var json = Company.Where(c => c.NumberOfEmployees.Gt(10)).Request.ToJson();

        Assert.Equal("numberofemployees", Company.Properties.NumberOfEmployees);
        Assert.Equal(
            """{"filterGroups":[{"filters":[{"propertyName":"numberofemployees","operator":"GT","value":"10"}]}]}""",
            json);
    }

    [Fact]
    public void Every_operator_has_its_wire_name()
    {
        string[] expected = ["EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"];
        var query = Company.Where(c => c.AnnualRevenue.Eq(1) & c.AnnualRevenue.Neq(2) & c.AnnualRevenue.Lt(3) & c.AnnualRevenue.Lte(4) & c.AnnualRevenue.Gt(5) & c.AnnualRevenue.Gte(6))
            .Or(c => c.AnnualRevenue.Between(1, 9) & c.AnnualRevenue.In(1.5m) & c.AnnualRevenue.NotIn(7) & c.Name.HasProperty() & c.Domain.NotHasProperty())
            .Or(c => c.Name.ContainsToken("acme") & c.Name.NotContainsToken("old"));

        var operators = query.Request.FilterGroups.SelectMany(group => group.Filters).Select(filter => filter.Operator.ToWireName());

        Assert.Equal(expected, operators);
        Assert.Contains("\"values\":[\"1.5\"]", query.Request.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sorting_and_property_selection_are_typed()
    {
        var json = Contact.Where(c => c.Email.HasProperty())
            .OrderByDescending(c => c.CreateDate)
            .Select(c => [c.Email, c.FirstName, c.LifecycleStage])
            .Request.ToJson();

        Assert.Equal(
            """{"filterGroups":[{"filters":[{"propertyName":"email","operator":"HAS_PROPERTY"}]}],"sorts":[{"propertyName":"createdate","direction":"DESCENDING"}],"properties":["email","firstname","lifecyclestage"]}""",
            json);
    }

    [Fact]
    public void Seven_filters_in_a_group_fail_naming_the_limit_before_any_request()
    {
        var error = Assert.Throws<ArgumentException>(() => Contact.Where(c =>
            c.Email.HasProperty() & c.Email.HasProperty() & c.Email.HasProperty() & c.Email.HasProperty() & c.Email.HasProperty() & c.Email.HasProperty() & c.Email.HasProperty()));

        Assert.Contains(nameof(HubSpotLimits.MaxFiltersPerGroup), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Six_groups_and_two_sorts_fail_naming_their_limits()
    {
        var fiveGroups = Enumerable.Range(0, HubSpotLimits.MaxFilterGroups - 1).Aggregate(Contact.Where(c => c.Email.HasProperty()), (query, _) => query.Or(c => c.Email.HasProperty()));

        var groups = Assert.Throws<ArgumentException>(() => fiveGroups.Or(c => c.Email.HasProperty()));
        var sorts = Assert.Throws<ArgumentException>(() => Contact.Search.OrderBy(c => c.Email).OrderBy(c => c.CreateDate));

        Assert.Contains(nameof(HubSpotLimits.MaxFilterGroups), groups.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(HubSpotLimits.MaxSorts), sorts.Message, StringComparison.Ordinal);
    }
}
