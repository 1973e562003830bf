namespace Spoke.Emulator.Tests.Infrastructure;

/// <summary>
/// One emulator, limits off, shared by the contract tests of a collection. Tests make their own records with unique
/// values, so they do not depend on each other.
/// </summary>
public sealed class SharedEmulator : IAsyncLifetime
{
    private HubSpotEmulator? hub;

    public HubSpotEmulator Hub => hub ?? throw new InvalidOperationException("The emulator has not started.");

    internal HubSpotHttp Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        options.Seed["companies"] = 20;
        options.Seed["contacts"] = 200;
        options.Seed["deals"] = 30;
        options.Seed["line_items"] = 20;
        hub = await HubSpotEmulator.StartAsync(options);
        Http = new HubSpotHttp(hub);
    }

    public async Task DisposeAsync()
    {
        Http.Client.Dispose();
        if (hub is not null)
        {
            await hub.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedEmulatorCollection : ICollectionFixture<SharedEmulator>
{
    public const string Name = "Shared emulator";
}
