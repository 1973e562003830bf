using System.Text.Json;
using ModelContextProtocol.Protocol;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Mcp;

/// <summary>The SDK's MCP client drives <c>spoke mcp</c> over stdio against the emulator, through every action.</summary>
public sealed class McpEmulatorTests
{
    [Fact]
    public async Task Every_action_of_every_tool_works_end_to_end_and_is_audited()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "admin");
        var calls = 0;
        async Task<JsonElement> Call(string tool, object arguments)
        {
            calls++;
            var result = await server.Client.CallToolAsync(tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments))!);
            Assert.False(result.IsError, $"{tool}: {McpStdioTests.Text(result)}");
            return JsonDocument.Parse(McpStdioTests.Text(result)).RootElement;
        }

        var schema = await Call("get_hubspot_schema", new { objectType = "contacts", group = "contactinformation" });
        Assert.Contains(schema.GetProperty("groups")[0].GetProperty("properties").EnumerateArray(), property => property.GetProperty("name").GetString() == "email");

        var contactId = (await Call("manage_hubspot_records", new { action = "create", objectType = "contacts", properties = new { email = "ada@example.com", firstname = "Ada" } })).GetProperty("id").GetString();
        Assert.Equal("Ada", (await Call("manage_hubspot_records", new { action = "get", objectType = "contact", id = contactId, propertiesToReturn = new[] { "firstname" } })).GetProperty("properties").GetProperty("firstname").GetString());

        var preview = await Call("manage_hubspot_records", new { action = "update", objectType = "contacts", id = contactId, properties = new { firstname = "Grace" }, dryRun = true });
        Assert.Equal("Ada", preview.GetProperty("current").GetProperty("firstname").GetString());
        await Call("manage_hubspot_records", new { action = "update", objectType = "contacts", id = contactId, properties = new { firstname = "Grace" } });

        var found = await Call("search_hubspot", new
        {
            objectType = "contacts",
            filterGroups = new[] { new { filters = new[] { new { propertyName = "email", @operator = "EQ", value = "ada@example.com" } } } },
            properties = new[] { "firstname" },
        });
        Assert.Equal("Grace", found.GetProperty("results")[0].GetProperty("properties").GetProperty("firstname").GetString());

        var upserted = await Call("manage_hubspot_records", new
        {
            action = "upsert",
            objectType = "contacts",
            idProperty = "email",
            records = new object[] { new { id = "ada@example.com", properties = new { lastname = "Lovelace" } } },
        });
        Assert.Equal("Lovelace", upserted.GetProperty("results")[0].GetProperty("properties").GetProperty("lastname").GetString());

        var companyId = (await Call("manage_hubspot_records", new { action = "create", objectType = "companies", properties = new { name = "Analytical Engines" } })).GetProperty("id").GetString();
        await Call("manage_hubspot_associations", new { action = "create", fromObjectType = "contacts", fromId = contactId, toObjectType = "companies", toId = companyId });
        var listed = await Call("manage_hubspot_associations", new { action = "list", fromObjectType = "contacts", fromId = contactId, toObjectType = "companies" });
        Assert.Equal(companyId, listed.GetProperty("results")[0].GetProperty("toObjectId").GetString());
        await Call("manage_hubspot_associations", new { action = "remove", fromObjectType = "contacts", fromId = contactId, toObjectType = "companies", toId = companyId });
        Assert.Equal(0, (await Call("manage_hubspot_associations", new { action = "list", fromObjectType = "contacts", fromId = contactId, toObjectType = "companies" })).GetProperty("results").GetArrayLength());

        await Call("manage_hubspot_records", new { action = "delete", objectType = "contacts", id = contactId, dryRun = true });
        await Call("manage_hubspot_records", new { action = "delete", objectType = "contacts", id = contactId });
        calls++;
        var gone = await server.Client.CallToolAsync("manage_hubspot_records", new Dictionary<string, object?> { ["action"] = "get", ["objectType"] = "contacts", ["id"] = contactId });
        Assert.True(gone.IsError);
        Assert.Contains("\"archived\": true", McpStdioTests.Text(gone), StringComparison.Ordinal);
        Assert.True((await Call("manage_hubspot_records", new { action = "get", objectType = "contacts", id = contactId, archived = true })).GetProperty("archived").GetBoolean());

        var lines = await server.ReadAuditLinesAsync();
        Assert.Equal(calls, lines.Length);
        Assert.DoesNotContain(hub.AccessToken, string.Concat(lines), StringComparison.Ordinal);
        var update = lines.Select(line => JsonDocument.Parse(line).RootElement).Single(entry => entry.GetProperty("action").GetString() == "update" && entry.GetProperty("outcome").GetString() == "succeeded");
        Assert.Equal("Ada", update.GetProperty("changes")[0].GetProperty("old").GetString());
        Assert.Equal(200, update.GetProperty("hubspotStatus").GetInt32());
        Assert.False(string.IsNullOrEmpty(update.GetProperty("correlationId").GetString()));
    }

    [Fact]
    public async Task A_rate_limited_call_tells_the_model_how_long_to_wait()
    {
        var options = new HubSpotEmulatorOptions();
        options.Tokens.Add(new EmulatorToken("pat-na1-limited") { DailyLimit = 1 });
        await using var hub = await HubSpotEmulator.StartAsync(options);
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, "pat-na1-limited", "analyst");
        // Listing associations reads no account details (records carry no links there), so the first call is the one request of the day.
        var arguments = new Dictionary<string, object?> { ["action"] = "list", ["fromObjectType"] = "contacts", ["fromId"] = "1", ["toObjectType"] = "companies" };

        await server.Client.CallToolAsync("manage_hubspot_associations", arguments);
        var limited = await server.Client.CallToolAsync("manage_hubspot_associations", arguments);

        Assert.True(limited.IsError, McpStdioTests.Text(limited));
        var text = McpStdioTests.Text(limited);
        Assert.Contains("daily request quota", text, StringComparison.Ordinal);
        Assert.Contains("minutes", text, StringComparison.Ordinal);
        var audit = JsonDocument.Parse((await server.ReadAuditLinesAsync())[1]).RootElement;
        Assert.Equal(429, audit.GetProperty("hubspotStatus").GetInt32());
    }
}
