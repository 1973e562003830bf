using System.Globalization;
using System.Text.Json;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Tools;

public sealed class ToolSchemaTests
{
    private readonly ToolHarness _harness = new();

    [Fact]
    public void Offers_exactly_the_six_tools()
    {
        Assert.Equal(
            ["search_hubspot", "manage_hubspot_records", "manage_hubspot_associations", "get_hubspot_schema", "search_hubspot_owners", "get_hubspot_access"],
            _harness.ToolSet.Tools.Select(tool => tool.Name));
    }

    [Fact]
    public void Search_description_and_schema_state_the_limits_from_HubSpotLimits()
    {
        var tool = _harness.Tool("search_hubspot");
        var schema = tool.InputSchema;

        Assert.Contains($"up to {HubSpotLimits.MaxFilterGroups} filterGroups", tool.Description, StringComparison.Ordinal);
        Assert.Contains(HubSpotLimits.MaxSearchResults.ToString(CultureInfo.InvariantCulture), tool.Description, StringComparison.Ordinal);
        Assert.Equal(HubSpotLimits.MaxFilterGroups, schema.GetProperty("properties").GetProperty("filterGroups").GetProperty("maxItems").GetInt32());
        Assert.Equal(HubSpotLimits.MaxSearchPageSize, schema.GetProperty("properties").GetProperty("limit").GetProperty("maximum").GetInt32());
        Assert.Equal(13, schema.GetProperty("properties").GetProperty("filterGroups").GetProperty("items").GetProperty("properties")
            .GetProperty("filters").GetProperty("items").GetProperty("properties").GetProperty("operator").GetProperty("enum").GetArrayLength());
    }

    [Fact]
    public void Record_schema_lists_snapshot_properties_and_enumeration_values()
    {
        var schema = _harness.Tool("manage_hubspot_records").InputSchema;

        var tickets = schema.GetProperty("allOf").EnumerateArray()
            .Single(rule => rule.GetProperty("if").GetProperty("properties").GetProperty("objectType").GetProperty("const").GetString() == "tickets");
        var properties = tickets.GetProperty("then").GetProperty("properties").GetProperty("properties").GetProperty("properties");
        var priorities = properties.GetProperty("hs_ticket_priority").GetProperty("enum").EnumerateArray().Select(value => value.GetString());
        Assert.Contains("HIGH", priorities);
        Assert.True(properties.TryGetProperty("subject", out _));
        Assert.False(properties.TryGetProperty("hs_object_id", out _), "read-only properties are not offered for writes");
        Assert.Contains(schema.GetProperty("allOf").EnumerateArray(), rule =>
            rule.GetProperty("if").GetProperty("properties").GetProperty("objectType").GetProperty("const").GetString() == "shipment");
    }

    [Fact]
    public void Every_schema_is_an_object_schema_with_required_arguments()
    {
        foreach (var tool in _harness.ToolSet.Tools)
        {
            Assert.Equal("object", tool.InputSchema.GetProperty("type").GetString());
            // The owners and access tools work without arguments; every CRM tool needs at least an object type.
            Assert.Equal(tool.Name is "search_hubspot_owners" or "get_hubspot_access", tool.InputSchema.GetProperty("required").GetArrayLength() == 0);
            Assert.Equal(JsonValueKind.Object, tool.InputSchema.GetProperty("properties").ValueKind);
        }
    }
}
