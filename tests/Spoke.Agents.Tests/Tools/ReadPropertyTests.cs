using Spoke.Agents.Audit;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Tools;

/// <summary>
/// A property name that reads another object type (HubSpot's <c>associations.{type}</c> pseudo-property), wherever it
/// appears (filters, sorts, properties to return, idProperty), needs read access to that type, checked before HubSpot.
/// </summary>
public sealed class ReadPropertyTests
{
    private const string Policy = """
        {"agents": {"support-bot": {"tickets": "write", "contacts": "read"}}}
        """;

    private readonly ToolHarness _harness = new(Policy);

    [Theory]
    [InlineData("associations.company")]
    [InlineData("associations.companies")]
    [InlineData("ASSOCIATIONS.COMPANY")]
    [InlineData("associations.0-2")]
    [InlineData("associations.deal")]
    [InlineData("associations.p8675309_shipment")]
    [InlineData("associations.2-3465404")]
    public async Task A_filter_on_the_associations_of_an_unreadable_type_is_denied(string propertyName)
    {
        var result = await _harness.CallAsync("search_hubspot", "support-bot", $$$"""
            {"objectType": "tickets", "filterGroups": [{"filters": [{"propertyName": "{{{propertyName}}}", "operator": "EQ", "value": "5"}]}]}
            """);

        Assert.True(result.IsError, result.Text);
        Assert.Contains("filterGroups[0].filters[0].propertyName", result.Text, StringComparison.Ordinal);
        Assert.Contains("may not read it", result.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(_harness.Audit.Entries).Outcome);
        Assert.Empty(_harness.HubSpot.Calls);
    }

    [Fact]
    public async Task A_filter_on_the_associations_of_a_readable_type_goes_ahead()
    {
        var result = await _harness.CallAsync("search_hubspot", "support-bot", """
            {"objectType": "tickets", "filterGroups": [{"filters": [{"propertyName": "associations.contact", "operator": "EQ", "value": "5"}]}]}
            """);

        Assert.False(result.IsError, result.Text);
        Assert.Equal(["search"], _harness.HubSpot.Calls);
    }

    [Theory]
    [InlineData("search_hubspot", """{"objectType": "tickets", "sorts": [{"propertyName": "associations.company"}]}""", "sorts[0].propertyName")]
    [InlineData("search_hubspot", """{"objectType": "tickets", "properties": ["subject", "associations.company"]}""", "properties[1]")]
    [InlineData("search_hubspot", """{"objectType": "tickets", "filterGroups": [{"filters": [{"propertyName": "subject", "operator": "HAS_PROPERTY"}]}, {"filters": [{"propertyName": "subject", "operator": "HAS_PROPERTY"}, {"propertyName": "associations.company", "operator": "IN", "values": ["1"]}]}]}""", "filterGroups[1].filters[1].propertyName")]
    [InlineData("manage_hubspot_records", """{"action": "get", "objectType": "tickets", "id": "1", "propertiesToReturn": ["associations.company"]}""", "propertiesToReturn[0]")]
    [InlineData("manage_hubspot_records", """{"action": "get", "objectType": "tickets", "id": "1", "idProperty": "associations.company"}""", "idProperty")]
    [InlineData("manage_hubspot_records", """{"action": "update", "objectType": "tickets", "id": "1", "idProperty": "associations.company", "properties": {"subject": "x"}}""", "idProperty")]
    public async Task Every_argument_that_names_a_property_is_checked(string tool, string arguments, string path)
    {
        var result = await _harness.CallAsync(tool, "support-bot", arguments);

        Assert.True(result.IsError, result.Text);
        Assert.Contains(path, result.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(_harness.Audit.Entries).Outcome);
        Assert.Empty(_harness.HubSpot.Calls);
    }

    [Theory]
    [InlineData("associations.nothing")]
    [InlineData("associations.")]
    [InlineData(" associations.company")]
    [InlineData("subject.company")]
    [InlineData("subject ")]
    [InlineData("sub\u0000ject")]
    public async Task A_property_name_HubSpot_could_read_differently_is_refused(string propertyName)
    {
        var result = await _harness.CallAsync("search_hubspot", "support-bot", $$$"""
            {"objectType": "tickets", "filterGroups": [{"filters": [{"propertyName": {{{System.Text.Json.JsonSerializer.Serialize(propertyName)}}}, "operator": "HAS_PROPERTY"}]}]}
            """);

        Assert.True(result.IsError, result.Text);
        Assert.Equal(AuditOutcome.Invalid, Assert.Single(_harness.Audit.Entries).Outcome);
        Assert.Empty(_harness.HubSpot.Calls);
    }

    [Theory]
    [InlineData("""{"action": "create", "objectType": "tickets", "properties": {"associations.company": "5"}}""")]
    [InlineData("""{"action": "upsert", "objectType": "tickets", "idProperty": "associations.company", "records": [{"id": "5", "properties": {}}]}""")]
    [InlineData("""{"action": "update", "objectType": "tickets", "id": "1", "properties": {"subject\t": "x"}}""")]
    public async Task A_written_property_name_of_another_shape_is_refused(string arguments)
    {
        var result = await _harness.CallAsync("manage_hubspot_records", "support-bot", arguments);

        Assert.True(result.IsError, result.Text);
        Assert.Equal(AuditOutcome.Invalid, Assert.Single(_harness.Audit.Entries).Outcome);
        Assert.Empty(_harness.HubSpot.Calls);
    }
}
