using System.Net.Http.Json;
using System.Text.Json;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Mcp;

/// <summary>The SDK's MCP client drives association labels through <c>spoke mcp</c> over stdio against the emulator.</summary>
public sealed class McpAssociationLabelTests
{
    [Fact]
    public async Task Labels_are_listed_used_by_name_removed_alone_and_listed_a_page_at_a_time()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        using var http = hub.CreateClient();
        var defined = await http.PostAsJsonAsync("crm/v4/associations/contacts/companies/labels", new { label = "Decision maker", name = "decision_maker" });
        defined.EnsureSuccessStatusCode();
        var contact = await CreateAsync(http, "contacts", new { email = "label@example.com" });
        var first = await CreateAsync(http, "companies", new { name = "First" });
        var second = await CreateAsync(http, "companies", new { name = "Second" });
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "admin");
        var calls = 0;
        async Task<(bool IsError, string Text)> Call(object arguments)
        {
            calls++;
            var result = await server.Client.CallToolAsync("manage_hubspot_associations", JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments))!);
            return (result.IsError == true, McpStdioTests.Text(result));
        }

        var labels = await Call(new { action = "labels", fromObjectType = "contacts", toObjectType = "companies" });
        var created = await Call(new { action = "create", fromObjectType = "contacts", fromId = contact, toObjectType = "companies", toId = first, label = "Decision maker" });
        var unknown = await Call(new { action = "create", fromObjectType = "contacts", fromId = contact, toObjectType = "companies", toId = first, label = "Boss" });
        await Call(new { action = "create", fromObjectType = "contacts", fromId = contact, toObjectType = "companies", toId = second });
        var page = JsonDocument.Parse((await Call(new { action = "list", fromObjectType = "contacts", fromId = contact, toObjectType = "companies", limit = 1 })).Text).RootElement;
        var next = JsonDocument.Parse((await Call(new { action = "list", fromObjectType = "contacts", fromId = contact, toObjectType = "companies", limit = 1, after = page.GetProperty("after").GetString() })).Text).RootElement;
        var removedLabel = await Call(new { action = "remove", fromObjectType = "contacts", fromId = contact, toObjectType = "companies", toId = first, label = "Decision maker" });
        var afterLabelRemoval = JsonDocument.Parse((await Call(new { action = "list", fromObjectType = "contacts", fromId = contact, toObjectType = "companies" })).Text).RootElement;

        Assert.False(labels.IsError, labels.Text);
        Assert.Contains("\"label\":\"Decision maker\"", labels.Text, StringComparison.Ordinal);
        Assert.False(created.IsError, created.Text);
        Assert.True(unknown.IsError);
        Assert.Contains("\"Decision maker\" (associationTypeId", unknown.Text, StringComparison.Ordinal);
        Assert.Contains(page.GetProperty("results")[0].GetProperty("types").EnumerateArray(), type => type.TryGetProperty("label", out var label) && label.GetString() == "Decision maker");
        Assert.Equal(second, Assert.Single(next.GetProperty("results").EnumerateArray()).GetProperty("toObjectId").GetString());
        Assert.False(next.TryGetProperty("after", out _));
        Assert.False(removedLabel.IsError, removedLabel.Text);
        Assert.Equal(2, afterLabelRemoval.GetProperty("results").GetArrayLength());
        Assert.DoesNotContain("Decision maker", afterLabelRemoval.GetRawText(), StringComparison.Ordinal);

        var audit = (await server.ReadAuditLinesAsync()).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(calls, audit.Count);
        Assert.Equal(
            ["labels", "create", "create", "create", "list", "list", "remove", "list"],
            audit.Select(entry => entry.GetProperty("action").GetString()));
        Assert.Equal("invalid", audit[2].GetProperty("outcome").GetString());
    }

    private static async Task<string> CreateAsync(HttpClient http, string objectType, object properties)
    {
        var response = await http.PostAsJsonAsync($"crm/v3/objects/{objectType}", new { properties });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
