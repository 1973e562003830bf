using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Spoke.Cli.Connection;

/// <summary>
/// Creates the runtime's <see cref="HubSpotClient"/> for a command: its limiter, retries, timeouts and one exception, through
/// the HTTP client <c>AddHubSpot</c> registers, with each retry reported on the command's progress output.
/// </summary>
/// <param name="configure">Changes the options after the command line set them; tests use it for short retry delays.</param>
internal sealed class HubSpotClientFactory(Action<HubSpotClientOptions>? configure = null)
{
    /// <summary>Creates a client for <paramref name="connection"/>; dispose the lease to release it.</summary>
    /// <exception cref="CliException">The options cannot work (for example a malformed token); the message names the option.</exception>
    public HubSpotClientLease Create(HubSpotClientOptions connection, TextWriter progress)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new RetryProgressLoggerProvider(progress)));
        services.AddHubSpot(options =>
        {
            options.BaseAddress = connection.BaseAddress;
            options.AccessToken = connection.AccessToken;
            options.BudgetStore = connection.BudgetStore;
            configure?.Invoke(options);
        });
        var provider = services.BuildServiceProvider();
        try
        {
            return new HubSpotClientLease(provider, provider.GetRequiredService<HubSpotClient>());
        }
        catch (OptionsValidationException exception)
        {
            provider.Dispose();
            throw new CliException($"{exception.Message} Check --base-url and the token.", ExitCodes.UsageError, exception);
        }
    }
}
