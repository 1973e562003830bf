using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;
using Spoke.Agents.Mcp;
using Spoke.Agents.Tests.Fakes;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Mcp;

public sealed class McpHttpTests : IDisposable
{
    private const string AnalystKey = "analyst-key-5b1e";

    private readonly string _directory = Directory.CreateTempSubdirectory("spoke-mcp-http-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Each_request_acts_for_the_agent_its_bearer_key_names()
    {
        await using var server = await AnalystServer.StartAsync(_directory, new Uri("http://127.0.0.1:9/"), "pat-unused", schemaDirectory: null);
        using var anonymous = new HttpClient();
        var rejected = await anonymous.PostAsync(server.Endpoint, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);

        await using var client = await server.ConnectAsync();
        Assert.Equal(6, (await client.ListToolsAsync()).Count);
        var denied = await client.CallToolAsync("manage_hubspot_records", new Dictionary<string, object?> { ["action"] = "delete", ["objectType"] = "deals", ["id"] = "1" });

        Assert.True(denied.IsError);
        Assert.Contains("Agent 'analyst'", McpStdioTests.Text(denied), StringComparison.Ordinal);
        var lines = (await File.ReadAllLinesAsync(Path.Combine(_directory, "audit.jsonl"))).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal((string.Empty, "rejected"), (lines[0].GetProperty("agent").GetString(), lines[0].GetProperty("outcome").GetString()));
        Assert.Equal(("analyst", "denied"), (lines[1].GetProperty("agent").GetString(), lines[1].GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task Tools_declare_output_schemas_and_answer_with_structured_content_over_http()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        await using var server = await AnalystServer.StartAsync(_directory, hub.BaseAddress, hub.AccessToken, ToolHarness.SnapshotDirectory);
        await using var client = await server.ConnectAsync();

        var tools = await client.ListToolsAsync();
        var schema = await client.CallToolAsync("get_hubspot_schema", new Dictionary<string, object?> { ["objectType"] = "tickets", ["group"] = "ticketinformation" });
        var denied = await client.CallToolAsync("manage_hubspot_records", new Dictionary<string, object?> { ["action"] = "delete", ["objectType"] = "tickets", ["id"] = "1" });

        Assert.All(tools, tool => Assert.Equal("object", tool.ProtocolTool.OutputSchema?.GetProperty("type").GetString()));
        Assert.False(schema.IsError, McpStdioTests.Text(schema));
        var structured = Assert.NotNull(schema.StructuredContent);
        Assert.Equal("tickets", structured.GetProperty("objectType").GetString());
        Assert.Equal(McpStdioTests.Text(schema), structured.GetRawText());
        Assert.Contains(structured.GetProperty("groups")[0].GetProperty("properties").EnumerateArray(), property =>
            property.GetProperty("name").GetString() == "hs_ticket_priority" && property.GetProperty("options").GetArrayLength() > 0);
        Assert.True(denied.IsError);
        Assert.Null(denied.StructuredContent);
    }

    [Fact]
    public async Task Http_needs_keys_in_the_policy()
    {
        var policyPath = Path.Combine(_directory, "policy.json");
        await File.WriteAllTextAsync(policyPath, """{"agents": {"analyst": {"*": "read"}}}""");

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => SpokeMcpServer.RunAsync(new SpokeMcpServerOptions
        {
            AccessToken = "pat-unused",
            PolicyPath = policyPath,
            HttpListen = "127.0.0.1:1",
        }));

        Assert.Contains("\"keys\"", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0:8080", "not a loopback address")]
    [InlineData("localhost", "not an HTTP listen address")]
    public async Task Listen_address_must_be_loopback_host_and_port(string listen, string expected)
    {
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => SpokeMcpServer.RunAsync(new SpokeMcpServerOptions
        {
            AccessToken = "pat-unused",
            PolicyPath = "unused.json",
            HttpListen = listen,
        }));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    /// <summary><c>spoke mcp --http</c> in process, on a free loopback port, with a policy whose one key is the analyst's (read everything).</summary>
    private sealed class AnalystServer(LoopbackMcpHttpServer server) : IAsyncDisposable
    {
        public Uri Endpoint => server.Endpoint;

        public static async Task<AnalystServer> StartAsync(string directory, Uri baseAddress, string token, string? schemaDirectory)
        {
            var policyPath = Path.Combine(directory, "policy.json");
            var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AnalystKey)));
            await File.WriteAllTextAsync(policyPath, $$$"""{"agents": {"analyst": {"*": "read"}}, "keys": {"{{{keyHash}}}": "analyst"}}""");
            return new AnalystServer(await LoopbackMcpHttpServer.StartAsync(_ => new SpokeMcpServerOptions
            {
                BaseAddress = baseAddress,
                AccessToken = token,
                PolicyPath = policyPath,
                AuditPath = Path.Combine(directory, "audit.jsonl"),
                SchemaDirectory = schemaDirectory,
            }));
        }

        public Task<McpClient> ConnectAsync() => McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = Endpoint,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {AnalystKey}" },
            }),
            new McpClientOptions { ProtocolVersion = "2025-11-25" });

        public ValueTask DisposeAsync() => server.DisposeAsync();
    }
}
