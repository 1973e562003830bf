using System.Text.Json;
using ModelContextProtocol.Client;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Mcp;

/// <summary>
/// The SDK's MCP client drives <c>spoke mcp</c> over stdio against the emulator through what HubSpot's hosted server offers:
/// batch get, owners, association filters, record links, the agent's own access, and property and pipeline search.
/// </summary>
public sealed class McpParityTests
{
    [Fact]
    public async Task Every_parity_capability_works_end_to_end_and_is_audited()
    {
        await using var hub = await HubSpotEmulator.StartAsync(new HubSpotEmulatorOptions { PortalId = 13579 });
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "admin");
        var client = server.Client;

        var ada = (await CallAsync(client, "manage_hubspot_records", new { action = "create", objectType = "contacts", properties = new { email = "ada@example.com" } })).GetProperty("id").GetString();
        var company = (await CallAsync(client, "manage_hubspot_records", new { action = "create", objectType = "companies", properties = new { name = "Engines" } })).GetProperty("id").GetString();
        await CallAsync(client, "manage_hubspot_associations", new { action = "create", fromObjectType = "contacts", fromId = ada, toObjectType = "companies", toId = company });

        var batch = await CallAsync(client, "manage_hubspot_records", new { action = "get", objectType = "contacts", ids = new[] { ada, "424242" } });
        var owners = await CallAsync(client, "search_hubspot_owners", new { limit = 2 });
        var associated = await CallAsync(client, "search_hubspot", new
        {
            objectType = "contacts",
            filterGroups = new[] { new { filters = new[] { new { propertyName = "associations.company", @operator = "EQ", value = company } } } },
        });
        var access = await CallAsync(client, "get_hubspot_access", new { });
        var properties = await CallAsync(client, "get_hubspot_schema", new { objectType = "contacts", query = "first name" });
        var pipeline = await CallAsync(client, "get_hubspot_schema", new { objectType = "tickets", pipeline = "Support Pipeline" });

        Assert.Equal($"https://app.hubspot.com/contacts/13579/record/0-1/{ada}", batch.GetProperty("results")[0].GetProperty("url").GetString());
        Assert.Equal("424242", batch.GetProperty("notFound")[0].GetString());
        Assert.Equal(2, owners.GetProperty("results").GetArrayLength());
        Assert.Equal(ada, Assert.Single(associated.GetProperty("results").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(("write", "read"), (access.GetProperty("otherObjectTypes").GetProperty("access").GetString(), access.GetProperty("owners").GetString()));
        Assert.Contains(properties.GetProperty("groups").EnumerateArray().SelectMany(group => group.GetProperty("properties").EnumerateArray()),
            property => property.GetProperty("name").GetString() == "firstname");
        Assert.Equal(4, Assert.Single(pipeline.GetProperty("pipelines").EnumerateArray()).GetProperty("stages").GetArrayLength());
        var lines = (await server.ReadAuditLinesAsync()).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(9, lines.Count);
        Assert.All(lines, line => Assert.Equal("succeeded", line.GetProperty("outcome").GetString()));
        Assert.Equal(["get_hubspot_access", "search_hubspot_owners"], lines.Select(line => line.GetProperty("tool").GetString()).Where(tool => tool!.Contains("owners") || tool.Contains("access")).Order());
    }

    [Fact]
    public async Task Owners_and_association_filters_beyond_the_policy_are_denied_and_audited()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "support-bot");

        var owners = await server.Client.CallToolAsync("search_hubspot_owners", new Dictionary<string, object?> { ["query"] = "ana" });
        var filter = await server.Client.CallToolAsync("search_hubspot", JsonSerializer.Deserialize<Dictionary<string, object?>>(
            """{"objectType": "tickets", "filterGroups": [{"filters": [{"propertyName": "associations.company", "operator": "EQ", "value": "1"}]}]}""")!);
        var batch = await server.Client.CallToolAsync("manage_hubspot_records", JsonSerializer.Deserialize<Dictionary<string, object?>>(
            """{"action": "get", "objectType": "deals", "ids": ["1", "2"]}""")!);

        Assert.Equal([true, true, true], new[] { owners.IsError, filter.IsError, batch.IsError });
        Assert.Contains("owners", McpStdioTests.Text(owners), StringComparison.Ordinal);
        Assert.Contains("associations.company", McpStdioTests.Text(filter), StringComparison.Ordinal);
        var lines = (await server.ReadAuditLinesAsync()).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["denied", "denied", "denied"], lines.Select(line => line.GetProperty("outcome").GetString()));
        Assert.Equal(["search_hubspot_owners", "search_hubspot", "manage_hubspot_records"], lines.Select(line => line.GetProperty("tool").GetString()));
    }

    private static async Task<JsonElement> CallAsync(McpClient client, string tool, object arguments)
    {
        var result = await client.CallToolAsync(tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments))!);
        Assert.False(result.IsError, $"{tool}: {McpStdioTests.Text(result)}");
        return JsonDocument.Parse(McpStdioTests.Text(result)).RootElement;
    }
}
