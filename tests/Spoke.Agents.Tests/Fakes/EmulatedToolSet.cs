using System.Text.Json;
using Spoke.Agents.Catalog;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools;
using Spoke.Agents.Tools.Results;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Fakes;

/// <summary>
/// The four tools over a real <see cref="HubSpotClient"/> talking to the emulator over a loopback socket, with an optional
/// handler in front of the socket (a gateway, a stall) and an in-memory audit log.
/// </summary>
internal sealed class EmulatedToolSet : IAsyncDisposable
{
    private readonly HttpClient _httpClient;

    private EmulatedToolSet(HubSpotEmulator hub, HttpClient httpClient, HubSpotClient client, HubSpotToolSet toolSet, MemoryAuditLog audit)
    {
        Hub = hub;
        _httpClient = httpClient;
        Client = client;
        ToolSet = toolSet;
        Audit = audit;
    }

    public HubSpotEmulator Hub { get; }

    public HubSpotClient Client { get; }

    public HubSpotToolSet ToolSet { get; }

    public MemoryAuditLog Audit { get; }

    public static async Task<EmulatedToolSet> StartAsync(
        Action<HubSpotEmulatorOptions>? configureEmulator = null,
        Func<HttpMessageHandler, HttpMessageHandler>? inFrontOfSocket = null,
        Action<HubSpotClientOptions>? configureClient = null)
    {
        var emulatorOptions = new HubSpotEmulatorOptions();
        configureEmulator?.Invoke(emulatorOptions);
        var hub = await HubSpotEmulator.StartAsync(emulatorOptions);
        HttpMessageHandler socket = new SocketsHttpHandler();
        var httpClient = new HttpClient(inFrontOfSocket?.Invoke(socket) ?? socket);
        var clientOptions = new HubSpotClientOptions { AccessToken = hub.AccessToken, BaseAddress = hub.BaseAddress };
        configureClient?.Invoke(clientOptions);
        var client = new HubSpotClient(httpClient, clientOptions);
        var catalog = SnapshotCatalog.Load(ToolHarness.SnapshotDirectory);
        var audit = new MemoryAuditLog();
        var toolSet = ToolSetFactory.Create(client, PolicyFileReader.Parse(ToolHarness.DefaultPolicy, catalog.ObjectTypeResolver), audit, catalog);
        return new EmulatedToolSet(hub, httpClient, client, toolSet, audit);
    }

    public Task<ToolResult> CallAsync(string tool, string agent, string argumentsJson, CancellationToken cancellationToken = default)
    {
        using var document = JsonDocument.Parse(argumentsJson);
        return ToolSet.RunAsync(ToolSet.Tools.Single(candidate => candidate.Name == tool), agent, document.RootElement.Clone(), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _httpClient.Dispose();
        await Hub.DisposeAsync();
    }
}
