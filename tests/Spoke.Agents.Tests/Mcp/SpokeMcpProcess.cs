using ModelContextProtocol.Client;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Mcp;

/// <summary>
/// Runs the built CLI as <c>dotnet Spoke.Cli.dll mcp ...</c> in a temporary folder (token file, policy, audit file) and
/// connects the MCP SDK's own client to it over stdio.
/// </summary>
internal sealed class SpokeMcpProcess : IAsyncDisposable
{
    private readonly string _directory;

    private SpokeMcpProcess(string directory, McpClient client)
    {
        _directory = directory;
        Client = client;
    }

    public McpClient Client { get; }

    public string AuditPath => Path.Combine(_directory, "audit.jsonl");

    public static async Task<SpokeMcpProcess> StartAsync(Uri baseAddress, string token, string agent, string policy = ToolHarness.DefaultPolicy, CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("spoke-mcp-").FullName;
        var tokenFile = Path.Combine(directory, "token");
        var policyFile = Path.Combine(directory, "policy.json");
        await File.WriteAllTextAsync(tokenFile, token, cancellationToken);
        await File.WriteAllTextAsync(policyFile, policy, cancellationToken);
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "spoke",
            Command = "dotnet",
            Arguments =
            [
                CliAssemblyPath, "mcp",
                "--base-url", baseAddress.ToString(),
                "--token-file", tokenFile,
                "--policy", policyFile,
                "--agent", agent,
                "--audit", Path.Combine(directory, "audit.jsonl"),
                "--schemas", ToolHarness.SnapshotDirectory,
            ],
            WorkingDirectory = directory,
        });
        // A pinned version skips the server/discover probe, whose timeout on a busy machine can race the fallback handshake.
        var client = await McpClient.CreateAsync(transport, new McpClientOptions { ProtocolVersion = "2025-11-25" }, cancellationToken: cancellationToken);
        return new SpokeMcpProcess(directory, client);
    }

    public async Task<string[]> ReadAuditLinesAsync() =>
        File.Exists(AuditPath) ? await File.ReadAllLinesAsync(AuditPath) : [];

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    // The test project builds the CLI (a ProjectReference without its assembly); its output sits beside ours by configuration.
    private static string CliAssemblyPath { get; } = Path.Combine(
        Path.GetDirectoryName(ToolHarness.SnapshotDirectory)!,
        "src", "Cli", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "Spoke.Cli.dll");
}
