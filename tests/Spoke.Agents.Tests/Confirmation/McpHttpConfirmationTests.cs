using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Spoke.Agents.Mcp;
using Spoke.Agents.Tests.Mcp;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Confirmation;

/// <summary>Confirmation over <c>spoke mcp --http</c>, with the SDK's client on each protocol revision it speaks.</summary>
public sealed class McpHttpConfirmationTests : IDisposable
{
    private const string Key = "ops-key-77d1";

    private readonly string _directory = Directory.CreateTempSubdirectory("spoke-mcp-http-confirm-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("2025-11-25", "accept")]
    [InlineData("2025-11-25", "decline")]
    [InlineData(null, "accept")]
    [InlineData(null, "decline")]
    public async Task A_delete_is_confirmed_over_http(string? protocolVersion, string answer)
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        var policyPath = Path.Combine(_directory, "policy.json");
        var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        await File.WriteAllTextAsync(policyPath, $$$$"""{"agents": {"ops": {"deals": {"access": "write", "delete": true, "confirm": ["delete"]} } }, "keys": {"{{{{keyHash}}}}": "ops"} }""");
        await using var server = await LoopbackMcpHttpServer.StartAsync(_ => new SpokeMcpServerOptions
        {
            BaseAddress = hub.BaseAddress,
            AccessToken = hub.AccessToken,
            PolicyPath = policyPath,
            AuditPath = Path.Combine(_directory, "audit.jsonl"),
        });
        var asked = new List<string>();
        await using var client = await ConnectAsync(server.Endpoint, protocolVersion, asked, answer);
        var created = await client.CallToolAsync("manage_hubspot_records", McpConfirmationTests.Arguments(new { action = "create", objectType = "deals", properties = new { dealname = "Big one", dealstage = "appointmentscheduled", pipeline = "default" } }));
        var id = JsonDocument.Parse(McpStdioTests.Text(created)).RootElement.GetProperty("id").GetString();

        var deleted = await client.CallToolAsync("manage_hubspot_records", McpConfirmationTests.Arguments(new { action = "delete", objectType = "deals", id }));

        Assert.Equal(answer != "accept", deleted.IsError);
        Assert.Contains($"delete (archive) the deals record '{id}'", Assert.Single(asked), StringComparison.Ordinal);
        var lines = (await File.ReadAllLinesAsync(Path.Combine(_directory, "audit.jsonl"))).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(answer == "accept" ? "accepted" : "declined", lines[^1].GetProperty("confirmation").GetString());
    }

    private static async Task<McpClient> ConnectAsync(Uri endpoint, string? protocolVersion, List<string> asked, string answer) =>
        await McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = endpoint,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {Key}" },
            }),
            new McpClientOptions
            {
                ProtocolVersion = protocolVersion,
                Handlers = new McpClientHandlers
                {
                    ElicitationHandler = (request, _) =>
                    {
                        asked.Add(request!.Message!);
                        return ValueTask.FromResult(new ElicitResult { Action = answer });
                    },
                },
            });
}
