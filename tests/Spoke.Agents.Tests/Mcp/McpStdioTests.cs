using System.Text.Json;

namespace Spoke.Agents.Tests.Mcp;

public sealed class McpStdioTests
{
    // Nothing listens here: calls that reach HubSpot fail, which these tests never need.
    private static readonly Uri Unreachable = new("http://127.0.0.1:9/");

    private const string Token = "pat-na1-secret-token-7f3c9a";

    [Fact]
    public async Task Lists_the_six_tools_with_input_and_output_schemas_and_annotations()
    {
        await using var server = await SpokeMcpProcess.StartAsync(Unreachable, Token, "analyst");

        var tools = await server.Client.ListToolsAsync();

        Assert.Equal(
            ["get_hubspot_access", "get_hubspot_schema", "manage_hubspot_associations", "manage_hubspot_records", "search_hubspot", "search_hubspot_owners"],
            tools.Select(tool => tool.Name).Order(StringComparer.Ordinal));
        var records = tools.Single(tool => tool.Name == "manage_hubspot_records");
        Assert.Contains($"at most {HubSpotLimits.MaxBatchSize} per call", records.Description, StringComparison.Ordinal);
        Assert.Contains("get_hubspot_schema", records.Description, StringComparison.Ordinal);
        Assert.Contains("\"allOf\"", records.JsonSchema.GetRawText(), StringComparison.Ordinal);
        Assert.All(tools, tool => Assert.Equal("object", tool.ProtocolTool.OutputSchema?.GetProperty("type").GetString()));
        Assert.True(tools.Single(tool => tool.Name == "search_hubspot").ProtocolTool.Annotations!.ReadOnlyHint);
        Assert.True(records.ProtocolTool.Annotations!.DestructiveHint);
    }

    [Fact]
    public async Task Denied_and_invalid_calls_are_tool_errors_and_audited_without_the_token()
    {
        await using var server = await SpokeMcpProcess.StartAsync(Unreachable, Token, "support-bot");

        var denied = await server.Client.CallToolAsync("manage_hubspot_records", new Dictionary<string, object?>
        {
            ["action"] = "update",
            ["objectType"] = "contacts",
            ["id"] = "1",
            ["properties"] = new Dictionary<string, object?> { ["firstname"] = "Eve" },
        });
        var invalid = await server.Client.CallToolAsync("search_hubspot", new Dictionary<string, object?> { ["objectType"] = "tickets", ["limit"] = 1000 });

        Assert.True(denied.IsError);
        Assert.True(invalid.IsError);
        Assert.Contains("'limit' must be a whole number from 1 to 200", Text(invalid), StringComparison.Ordinal);
        var lines = await server.ReadAuditLinesAsync();
        Assert.Equal(2, lines.Length);
        Assert.Equal("denied", JsonDocument.Parse(lines[0]).RootElement.GetProperty("outcome").GetString());
        Assert.Equal("invalid", JsonDocument.Parse(lines[1]).RootElement.GetProperty("outcome").GetString());
        Assert.DoesNotContain(Token, string.Concat(lines), StringComparison.Ordinal);
    }

    internal static string Text(ModelContextProtocol.Protocol.CallToolResult result) =>
        string.Concat(result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(block => block.Text));
}
