using System.Diagnostics;
using System.Text.Json;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Mcp;

/// <summary>
/// <c>spoke mcp</c> over stdio driven with raw JSON-RPC lines, for the malformed requests the SDK's client never sends.
/// </summary>
internal sealed class RawStdioMcpServer : IAsyncDisposable
{
    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(30);

    private readonly McpServerFiles _files;
    private readonly Process _process;

    private RawStdioMcpServer(McpServerFiles files, Process process)
    {
        _files = files;
        _process = process;
    }

    public static async Task<RawStdioMcpServer> StartAsync(Uri baseAddress, string token, string agent, string policy = ToolHarness.DefaultPolicy)
    {
        var files = await McpServerFiles.CreateAsync(token, policy);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = files.Directory,
        };
        foreach (var argument in files.StdioArguments(baseAddress, agent))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var server = new RawStdioMcpServer(files, process);
        await server.SendAsync("""{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");
        await server.ReadResponseAsync("\"init\"");
        await server.SendAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        return server;
    }

    public async Task SendAsync(string line)
    {
        await _process.StandardInput.WriteAsync(line + "\n");
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Reads answers until the one whose id is <paramref name="rawId"/> (as JSON: <c>7</c> or <c>"init"</c>).</summary>
    public async Task<JsonElement> ReadResponseAsync(string rawId)
    {
        using var timeout = new CancellationTokenSource(ResponseTimeout);
        while (true)
        {
            var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("The server closed stdout.");
            var message = JsonDocument.Parse(line).RootElement.Clone();
            if (message.TryGetProperty("id", out var id) && id.GetRawText() == rawId)
            {
                return message;
            }
        }
    }

    public Task<string[]> ReadAuditLinesAsync() => _files.ReadAuditLinesAsync();

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _files.Dispose();
    }
}
