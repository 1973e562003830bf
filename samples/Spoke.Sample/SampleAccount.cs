using Spoke.Emulator;

namespace Spoke.Sample;

/// <summary>
/// The account the sample talks to: the real one when <c>HUBSPOT_TOKEN</c> is set (and <c>HUBSPOT_BASE_URL</c>, optionally),
/// otherwise an emulator started in this process and seeded with fake records.
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

    /// <summary>Whether the account is the embedded emulator, where the sample may write.</summary>
    public bool IsEmulator => _emulator is not null;

    /// <summary>Connects to the real account or starts the emulator.</summary>
    public static async Task<SampleAccount> ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (Environment.GetEnvironmentVariable("HUBSPOT_TOKEN") is { Length: > 0 } token)
        {
            var options = new HubSpotClientOptions { AccessToken = token };
            if (Environment.GetEnvironmentVariable("HUBSPOT_BASE_URL") is { Length: > 0 } baseUrl)
            {
                options.BaseAddress = new Uri(baseUrl);
            }

            Console.WriteLine($"HUBSPOT_TOKEN is set: running the read-only part against {options.BaseAddress}");
            return new SampleAccount(new HubSpotClient(options), emulator: null);
        }

        var emulatorOptions = new HubSpotEmulatorOptions();
        emulatorOptions.Seed["contacts"] = 200;
        emulatorOptions.Seed["companies"] = 20;
        emulatorOptions.Seed["deals"] = 40;
        var emulator = await HubSpotEmulator.StartAsync(emulatorOptions, cancellationToken);
        Console.WriteLine($"No HUBSPOT_TOKEN: started the embedded emulator (seeded with 200 contacts, 20 companies, 40 deals) at {emulator.BaseAddress}");
        var client = new HubSpotClient(
            new HttpClient(emulator.CreateHandler()),
            new HubSpotClientOptions { AccessToken = emulator.AccessToken, BaseAddress = emulator.BaseAddress, ApiTier = HubSpotApiTier.ProfessionalOrEnterprise });
        return new SampleAccount(client, emulator);
    }

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
