using Microsoft.Extensions.Logging;
using Spoke.Emulator;
using Spoke.RateLimiting;

namespace Spoke.Redis.Tests;

/// <summary>An emulator over loopback with its limits on, and clients of one token that share a budget store.</summary>
internal static class SharedBudgetHarness
{
    /// <summary>A request every account answers with 200: the first page of contacts.</summary>
    public static readonly HubSpotRequest List = HubSpotRequest.Get("crm/v3/objects/contacts");

    public static Task<HubSpotEmulator> StartEmulatorAsync(out string token, int burstLimit)
    {
        token = "pat-na1-" + Guid.NewGuid().ToString("N");
        var options = new HubSpotEmulatorOptions();
        options.Tokens.Add(new EmulatorToken(token) { Tier = HubSpotTier.Professional, BurstLimit = burstLimit });
        return HubSpotEmulator.StartAsync(options);
    }

    public static HubSpotClient Client(HubSpotEmulator emulator, string token, HubSpotBudgetStore store, int burstLimit, ILoggerFactory? loggerFactory = null)
    {
        var options = new HubSpotClientOptions
        {
            AccessToken = token,
            BaseAddress = emulator.BaseAddress,
            RequestsPerTenSeconds = burstLimit,
            BudgetStore = store,
        };
        return new HubSpotClient(new HttpClient(new SocketsHttpHandler()), options, loggerFactory);
    }

    /// <summary>Sends requests from <paramref name="client"/> until <paramref name="stop"/>, and counts those that failed.</summary>
    public static async Task<int> SendUntilAsync(HubSpotClient client, CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await client.SendAsync(List, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (HubSpotException)
            {
                failures++;
            }
        }

        return failures;
    }
}
