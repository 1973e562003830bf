using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Spoke.Agents.Mcp;

namespace Spoke.Agents.Tests.Mcp;

/// <summary>
/// Every request the MCP SDK turns away before a tool runs (unknown tool or method, malformed params, frames that are
/// not JSON-RPC) gets its own audit line, over stdio and HTTP, with the agent, the tool name as given and the reason.
/// </summary>
public sealed class RejectedRequestAuditTests : IDisposable
{
    private const string Token = "pat-na1-secret-token-7f3c9a";
    private const string AnalystKey = "analyst-key-5b1e";

    // Nothing listens here: no call in these tests needs HubSpot.
    private static readonly Uri Unreachable = new("http://127.0.0.1:9/");

    private readonly string _directory = Directory.CreateTempSubdirectory("spoke-mcp-rejected-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Raw_stdio_frames_the_SDK_rejects_are_each_audited_and_answered()
    {
        await using var server = await RawStdioMcpServer.StartAsync(Unreachable, Token, "analyst");
        var audited = 0;
        foreach (var (frame, id, tool) in MalformedRequests.All)
        {
            await server.SendAsync(frame);
            if (id is not null)
            {
                // Answered with an error that says what was wrong, never the SDK's catch-all internal error.
                var answer = await server.ReadResponseAsync(id);
                Assert.True(answer.TryGetProperty("error", out var error), frame);
                Assert.True(error.GetProperty("code").GetInt32() != (int)McpErrorCode.InternalError, $"{answer.GetRawText()}\nfor {frame}");
            }

            // Messages are handled concurrently and a frame without an id gets no answer: wait for its line.
            var lines = await WaitForLinesAsync(server.ReadAuditLinesAsync, ++audited);
            Assert.True(lines.Length == audited, $"{lines.Length} audit lines after {audited} rejected frames; last frame: {frame}");
            AssertRejected(lines[^1], "analyst", tool, frame);
        }

        await server.SendAsync("""{"jsonrpc":"2.0","id":"valid","method":"tools/call","params":{"name":"search_hubspot","arguments":{"objectType":"contacts","limit":1000}}}""");
        var valid = await server.ReadResponseAsync("\"valid\"");
        Assert.True(valid.GetProperty("result").GetProperty("isError").GetBoolean());
        var all = await server.ReadAuditLinesAsync();
        Assert.Equal(audited + 1, all.Length);
        Assert.Equal("invalid", JsonDocument.Parse(all[^1]).RootElement.GetProperty("outcome").GetString());
        Assert.DoesNotContain(Token, string.Concat(all), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_http_posts_the_SDK_rejects_are_each_audited_with_the_agent_of_the_key()
    {
        var (audit, endpoint, stop, server) = await StartHttpAsync();
        try
        {
            using var http = new HttpClient();
            var audited = 0;
            foreach (var (frame, _, tool) in MalformedRequests.All)
            {
                using var response = await http.SendAsync(Post(endpoint, frame, AnalystKey));
                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
                var lines = await WaitForLinesAsync(() => ReadLinesAsync(audit), ++audited);
                Assert.True(lines.Length == audited, $"{lines.Length} audit lines after {audited} rejected posts (HTTP {(int)response.StatusCode}); last frame: {frame}");
                AssertRejected(lines[^1], "analyst", tool, frame);
            }

            using var anonymous = await http.SendAsync(Post(endpoint, MalformedRequests.All[0].Frame, key: null));
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            var last = await ReadLinesAsync(audit);
            Assert.Equal(audited + 1, last.Length);
            AssertRejected(last[^1], string.Empty, "no_such_tool", "no bearer key");
        }
        finally
        {
            await stop.CancelAsync();
            await server;
            stop.Dispose();
        }
    }

    [Fact]
    public async Task Requests_the_SDK_client_sends_and_the_server_rejects_are_audited_over_stdio_and_http()
    {
        await using var stdio = await SpokeMcpProcess.StartAsync(Unreachable, Token, "analyst");
        await AssertClientRejectionsAuditedAsync(stdio.Client, async () => await stdio.ReadAuditLinesAsync());

        var (audit, endpoint, stop, server) = await StartHttpAsync();
        try
        {
            await using var http = await McpClient.CreateAsync(
                new HttpClientTransport(new HttpClientTransportOptions
                {
                    Endpoint = endpoint,
                    AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {AnalystKey}" },
                }),
                new McpClientOptions { ProtocolVersion = "2025-11-25" });
            await AssertClientRejectionsAuditedAsync(http, () => ReadLinesAsync(audit));
        }
        finally
        {
            await stop.CancelAsync();
            await server;
            stop.Dispose();
        }
    }

    private static async Task AssertClientRejectionsAuditedAsync(McpClient client, Func<Task<string[]>> readAudit)
    {
        var unknown = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("drop_all_contacts", new Dictionary<string, object?>()).AsTask());
        var arrayArguments = await Assert.ThrowsAsync<McpProtocolException>(() => client.SendRequestAsync(new JsonRpcRequest
        {
            Method = RequestMethods.ToolsCall,
            Params = JsonNode.Parse("""{"name":"manage_hubspot_records","arguments":["delete","contacts","1"]}"""),
        }));
        var noName = await Assert.ThrowsAsync<McpProtocolException>(() => client.SendRequestAsync(new JsonRpcRequest
        {
            Method = RequestMethods.ToolsCall,
            Params = JsonNode.Parse("""{"arguments":{"objectType":"contacts"}}"""),
        }));

        Assert.Contains("drop_all_contacts", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("arguments", arrayArguments.Message, StringComparison.Ordinal);
        Assert.Contains("name", noName.Message, StringComparison.Ordinal);
        var lines = await readAudit();
        Assert.Equal(3, lines.Length);
        AssertRejected(lines[0], "analyst", "drop_all_contacts", "unknown tool");
        AssertRejected(lines[1], "analyst", "manage_hubspot_records", "array arguments");
        AssertRejected(lines[2], "analyst", string.Empty, "no name");
    }

    private static async Task<string[]> WaitForLinesAsync(Func<Task<string[]>> read, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lines = await read();
            if (lines.Length >= count || attempt == 200)
            {
                return lines;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<string[]> ReadLinesAsync(string path) => File.Exists(path) ? await File.ReadAllLinesAsync(path) : [];

    private static void AssertRejected(string line, string agent, string? tool, string frame)
    {
        var entry = JsonDocument.Parse(line).RootElement;
        Assert.True(entry.GetProperty("outcome").GetString() == "rejected", $"{line}\nfor {frame}");
        Assert.Equal(agent, entry.GetProperty("agent").GetString());
        if (tool is not null)
        {
            Assert.True(tool == entry.GetProperty("tool").GetString(), $"tool in {line}\nfor {frame}");
        }

        Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("error").GetString()), line);
        Assert.DoesNotContain(Token, line, StringComparison.Ordinal);
    }

    private async Task<(string Audit, Uri Endpoint, CancellationTokenSource Stop, Task Server)> StartHttpAsync()
    {
        var policyPath = Path.Combine(_directory, "policy.json");
        var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AnalystKey)));
        await File.WriteAllTextAsync(policyPath, $$$"""{"agents": {"analyst": {"*": "read"}}, "keys": {"{{{keyHash}}}": "analyst"}}""");
        var audit = Path.Combine(_directory, $"audit-{Guid.NewGuid():N}.jsonl");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var stop = new CancellationTokenSource();
        var server = SpokeMcpServer.RunAsync(
            new SpokeMcpServerOptions { BaseAddress = Unreachable, AccessToken = Token, PolicyPath = policyPath, AuditPath = audit, HttpListen = $"127.0.0.1:{port}" },
            stop.Token);
        var endpoint = new Uri($"http://127.0.0.1:{port}/");
        using var probe = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await probe.SendAsync(new HttpRequestMessage(HttpMethod.Options, endpoint));
                break;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }

        // The probe is not an MCP request and the OPTIONS answer may be audited as one; start the count from an empty file.
        File.Delete(audit);
        return (audit, endpoint, stop, server);
    }

    private static HttpRequestMessage Post(Uri endpoint, string body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("MCP-Protocol-Version", "2025-11-25");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }
}
