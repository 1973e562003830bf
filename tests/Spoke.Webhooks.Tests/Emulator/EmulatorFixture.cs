using Spoke.Emulator;

namespace Spoke.Webhooks.Tests.Emulator;

/// <summary>One emulator shared by the tests of a class, with an authenticated in-memory client.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public HubSpotEmulator Hub { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Hub = await HubSpotEmulator.StartAsync();
        Api = Hub.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Hub.DisposeAsync();
    }
}
