using Spoke.Emulator;

namespace Spoke.Sample;

/// <summary>
/// The account the sample talks to, configured as any Spoke app is (<see cref="HubSpotClientOptions.FromEnvironment"/>): the
/// account of <c>HUBSPOT_TOKEN</c>, or the emulator at <c>HUBSPOT_BASE_URL</c> (a local address needs no token); with neither
/// set, an emulator started in this process and seeded with fake records.
/// </summary>
internal sealed class SampleAccount : IAsyncDisposable
{
    private readonly HubSpotEmulator? _emulator;

    private SampleAccount(HubSpotClient client, HubSpotEmulator? emulator)
    {
        Client = client;
        _emulator = emulator;
    }

    /// <summary>The client for the account.</summary>
    public HubSpotClient Client { get; }

    /// <summary>Whether the account is an emulator on this machine (embedded or started apart), where the sample may write.</summary>
    public bool IsEmulator { get; private init; }

    /// <summary>Connects to the real account or starts the emulator.</summary>
    public static async Task<SampleAccount> ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (IsSet(HubSpotClientOptions.TokenEnvironmentVariable) || IsSet(HubSpotClientOptions.BaseUrlEnvironmentVariable))
        {
            var options = HubSpotClientOptions.FromEnvironment();
            var local = options.BaseAddress.IsLoopback;
            Console.WriteLine(local
                ? $"HUBSPOT_BASE_URL is a local emulator: running every part against {options.BaseAddress}"
                : $"HUBSPOT_TOKEN is set: running the read-only part against {options.BaseAddress}");
            return new SampleAccount(new HubSpotClient(options), emulator: null) { IsEmulator = local };
        }

        var emulatorOptions = new HubSpotEmulatorOptions();
        emulatorOptions.Seed["contacts"] = 200;
        emulatorOptions.Seed["companies"] = 20;
        emulatorOptions.Seed["deals"] = 40;
        var emulator = await HubSpotEmulator.StartAsync(emulatorOptions, cancellationToken);
        Console.WriteLine($"No HUBSPOT_TOKEN or HUBSPOT_BASE_URL: started the embedded emulator (seeded with 200 contacts, 20 companies, 40 deals) at {emulator.BaseAddress}");

        // A loopback address needs no token: the client sends the one the emulator accepts by default.
        var client = new HubSpotClient(
            new HttpClient(emulator.CreateHandler()),
            new HubSpotClientOptions { BaseAddress = emulator.BaseAddress, ApiTier = HubSpotApiTier.ProfessionalOrEnterprise });
        return new SampleAccount(client, emulator) { IsEmulator = true };
    }

    private static bool IsSet(string variable) => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable));

    /// <summary>Disposes the client and stops the emulator, if one was started.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
