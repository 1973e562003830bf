using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;
using Spoke.Agents.Mcp;

namespace Spoke.Agents.Tests.Mcp;

public sealed class McpHttpTests : IDisposable
{
    private const string AnalystKey = "analyst-key-5b1e";

    private readonly string _directory = Directory.CreateTempSubdirectory("spoke-mcp-http-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Each_request_acts_for_the_agent_its_bearer_key_names()
    {
        var policyPath = Path.Combine(_directory, "policy.json");
        var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AnalystKey)));
        await File.WriteAllTextAsync(policyPath, $$$"""{"agents": {"analyst": {"*": "read"}}, "keys": {"{{{keyHash}}}": "analyst"}}""");
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var server = SpokeMcpServer.RunAsync(
            new SpokeMcpServerOptions
            {
                BaseAddress = new Uri("http://127.0.0.1:9/"),
                AccessToken = "pat-unused",
                PolicyPath = policyPath,
                AuditPath = Path.Combine(_directory, "audit.jsonl"),
                HttpListen = $"127.0.0.1:{port}",
            },
            stop.Token);
        var endpoint = new Uri($"http://127.0.0.1:{port}/");
        try
        {
            using var anonymous = new HttpClient();
            var rejected = await PostUntilListeningAsync(anonymous, endpoint);
            Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);

            await using var client = await McpClient.CreateAsync(
                new HttpClientTransport(new HttpClientTransportOptions
                {
                    Endpoint = endpoint,
                    AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {AnalystKey}" },
                }),
                new McpClientOptions { ProtocolVersion = "2025-11-25" });
            Assert.Equal(6, (await client.ListToolsAsync()).Count);
            var denied = await client.CallToolAsync("manage_hubspot_records", new Dictionary<string, object?> { ["action"] = "delete", ["objectType"] = "deals", ["id"] = "1" });

            Assert.True(denied.IsError);
            Assert.Contains("Agent 'analyst'", McpStdioTests.Text(denied), StringComparison.Ordinal);
            var lines = (await File.ReadAllLinesAsync(Path.Combine(_directory, "audit.jsonl"))).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Equal((string.Empty, "rejected"), (lines[0].GetProperty("agent").GetString(), lines[0].GetProperty("outcome").GetString()));
            Assert.Equal(("analyst", "denied"), (lines[1].GetProperty("agent").GetString(), lines[1].GetProperty("outcome").GetString()));
        }
        finally
        {
            await stop.CancelAsync();
            await server;
        }
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

    private static async Task<HttpResponseMessage> PostUntilListeningAsync(HttpClient client, Uri endpoint)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await client.PostAsync(endpoint, new StringContent("{}", Encoding.UTF8, "application/json"));
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
