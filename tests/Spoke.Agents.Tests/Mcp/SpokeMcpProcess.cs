using ModelContextProtocol.Client;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Mcp;

/// <summary>
/// Runs the built CLI as <c>dotnet Spoke.Cli.dll mcp ...</c> in a temporary folder (token file, policy, audit file) and
/// connects the MCP SDK's own client to it over stdio.
/// </summary>
internal sealed class SpokeMcpProcess : IAsyncDisposable
{
    private readonly McpServerFiles _files;

    private SpokeMcpProcess(McpServerFiles files, McpClient client)
    {
        _files = files;
        Client = client;
    }

    public McpClient Client { get; }

    public static async Task<SpokeMcpProcess> StartAsync(Uri baseAddress, string token, string agent, string policy = ToolHarness.DefaultPolicy, CancellationToken cancellationToken = default) =>
        await StartAsync(baseAddress, token, agent, policy, new McpClientHandlers(), cancellationToken);

    /// <param name="handlers">The client's handlers; an elicitation handler makes the client declare elicitation.</param>
    public static async Task<SpokeMcpProcess> StartAsync(Uri baseAddress, string token, string agent, string policy, McpClientHandlers handlers, CancellationToken cancellationToken = default)
    {
        var files = await McpServerFiles.CreateAsync(token, policy, cancellationToken);
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "spoke",
            Command = "dotnet",
            Arguments = [.. files.StdioArguments(baseAddress, agent)],
            WorkingDirectory = files.Directory,
        });
        // A pinned version skips the server/discover probe, whose timeout on a busy machine can race the fallback handshake.
        var client = await McpClient.CreateAsync(transport, new McpClientOptions { ProtocolVersion = "2025-11-25", Handlers = handlers }, cancellationToken: cancellationToken);
        return new SpokeMcpProcess(files, client);
    }

    public Task<string[]> ReadAuditLinesAsync() => _files.ReadAuditLinesAsync();

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        _files.Dispose();
    }
}
