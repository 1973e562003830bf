using Spoke.Emulator;

namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>Starts an emulator on a free port, serving the repository's snapshots, and a token file for it.</summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    private readonly TemporaryDirectory folder = new();

    private EmulatorFixture(HubSpotEmulator hub)
    {
        Hub = hub;
        TokenFile = folder.Combine("token");
        File.WriteAllText(TokenFile, hub.AccessToken + "\n");
    }

    public HubSpotEmulator Hub { get; }

    public string BaseUrl => Hub.BaseAddress.ToString();

    public string TokenFile { get; }

    public static async Task<EmulatorFixture> StartAsync(Action<HubSpotEmulatorOptions>? configure = null)
    {
        var options = new HubSpotEmulatorOptions { SchemaDirectory = RepositoryPaths.SchemaSnapshots };
        options.RateLimits.Enabled = false;
        configure?.Invoke(options);
        return new EmulatorFixture(await HubSpotEmulator.StartAsync(options));
    }

    public Task<CliRun> PullAsync(string outFolder, params string[] arguments) =>
        CliRun.InvokeAsync(["schema", "pull", "--out", outFolder, "--base-url", BaseUrl, "--token-file", TokenFile, .. arguments]);

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        folder.Dispose();
    }
}
