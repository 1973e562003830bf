using System.Text;
using System.Text.Json;
using Spoke.Agents.Tests.Mcp;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Schemas;

/// <summary>The <c>tools</c> of one <c>tools/list</c> answer, byte for byte as <c>spoke mcp</c> serves them over stdio with the repository's snapshots.</summary>
public sealed class ServedTools : IAsyncLifetime
{
    /// <summary>The <c>result.tools</c> array as served.</summary>
    public JsonElement Tools { get; private set; }

    /// <summary>The UTF-8 size of <see cref="Tools"/> as served: what a client pays on every turn.</summary>
    public int Bytes { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        await using var server = await RawStdioMcpServer.StartAsync(hub.BaseAddress, hub.AccessToken, "admin");
        await server.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/list"}""");
        Tools = (await server.ReadResponseAsync("2")).GetProperty("result").GetProperty("tools").Clone();
        Bytes = Encoding.UTF8.GetByteCount(Tools.GetRawText());
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;
}
