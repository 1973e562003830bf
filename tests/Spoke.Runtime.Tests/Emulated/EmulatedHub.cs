using Spoke.Emulator;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>
/// An emulator in process and a client on it. Each hub has its own token, so no two tests share a client-side rate-limit budget.
/// Limits are off on both sides unless a test turns them on; the client talks over the in-memory handler unless a test asks for a socket
/// (optionally through handlers of its own around the socket handler).
/// </summary>
internal sealed class EmulatedHub : IAsyncDisposable
{
    private EmulatedHub(HubSpotEmulator emulator, HubSpotClient client)
    {
        Emulator = emulator;
        Client = client;
    }

    public HubSpotEmulator Emulator { get; }

    public HubSpotClient Client { get; }

    public static async Task<EmulatedHub> StartAsync(
        Action<HubSpotEmulatorOptions>? configureEmulator = null,
        Action<HubSpotClientOptions>? configureClient = null,
        bool overSocket = false,
        Func<HttpMessageHandler, HttpMessageHandler>? wrapSocketHandler = null,
        CancellationToken cancellationToken = default)
    {
        var token = "pat-na1-" + Guid.NewGuid().ToString("N");
        var emulatorOptions = new HubSpotEmulatorOptions();
        emulatorOptions.Tokens.Add(new EmulatorToken(token) { Tier = HubSpotTier.ApiLimitIncrease });
        emulatorOptions.RateLimits.Enabled = false;
        configureEmulator?.Invoke(emulatorOptions);
        var emulator = await HubSpotEmulator.StartAsync(emulatorOptions, cancellationToken);

        var clientOptions = new HubSpotClientOptions
        {
            AccessToken = token,
            BaseAddress = emulator.BaseAddress,
            RequestsPerTenSeconds = 100_000,
            SearchRequestsPerSecond = 1_000,
        };
        clientOptions.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        clientOptions.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        configureClient?.Invoke(clientOptions);
        var client = !overSocket ? new HubSpotClient(new HttpClient(emulator.CreateHandler()), clientOptions)
            : wrapSocketHandler is null ? new HubSpotClient(clientOptions)
            : new HubSpotClient(new HttpClient(wrapSocketHandler(new SocketsHttpHandler())), clientOptions);
        return new EmulatedHub(emulator, client);
    }

    /// <summary>Another client of the same account (another process, as far as the client can tell), sending through <paramref name="handler"/>.</summary>
    public HubSpotClient CreateClient(HttpMessageHandler handler) => new(new HttpClient(handler), new HubSpotClientOptions
    {
        AccessToken = Emulator.AccessToken,
        BaseAddress = Emulator.BaseAddress,
        RequestsPerTenSeconds = 100_000,
        SearchRequestsPerSecond = 1_000,
    });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
