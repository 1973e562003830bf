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
    public void Record_schema_leaves_property_names_and_options_to_get_hubspot_schema()
    {
        var tool = _harness.Tool("manage_hubspot_records");
        var schema = tool.InputSchema.GetRawText();

        Assert.Contains("get_hubspot_schema", tool.Description, StringComparison.Ordinal);
        Assert.Contains("valid ones", tool.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("hs_ticket_priority", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"HIGH\"", schema, StringComparison.Ordinal);
        Assert.Contains(_harness.Tool("get_hubspot_schema").InputSchema.GetProperty("properties").EnumerateObject(), argument => argument.Name == "objectType");
    }

    [Theory]
    [InlineData("manage_hubspot_records", "get", "id|ids")]
    [InlineData("manage_hubspot_records", "update", "id,properties")]
    [InlineData("manage_hubspot_records", "upsert", "idProperty,records")]
    [InlineData("manage_hubspot_associations", "create", "fromId,toId")]
    [InlineData("manage_hubspot_associations", "list", "fromId")]
    public void Each_action_names_the_arguments_it_needs_in_the_schema(string tool, string action, string required)
    {
        var needed = _harness.Tool(tool).InputSchema.GetProperty("allOf").EnumerateArray()
            .Where(rule => rule.GetProperty("if").GetProperty("properties").GetProperty("action").GetProperty("enum").EnumerateArray().Any(value => value.GetString() == action))
            .SelectMany(rule => Required(rule.GetProperty("then")));

        Assert.Equal(required.Split(',').Order(StringComparer.Ordinal), needed.Order(StringComparer.Ordinal));
    }

    /// <summary>The arguments a rule requires; <c>"a|b"</c> for a rule that requires one of them.</summary>
    private static IEnumerable<string> Required(JsonElement then) =>
        then.TryGetProperty("anyOf", out var alternatives)
            ? [string.Join('|', alternatives.EnumerateArray().SelectMany(alternative => Required(alternative)))]
            : then.GetProperty("required").EnumerateArray().Select(name => name.GetString()!);

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
