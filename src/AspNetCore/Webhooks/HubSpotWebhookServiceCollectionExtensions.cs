using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spoke.Webhooks;

namespace Spoke.AspNetCore.Webhooks;

/// <summary>Registers what the HubSpot webhook endpoints need.</summary>
public static class HubSpotWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook receiver, its options (validated at start-up) and an in-memory
    /// <see cref="IWebhookIdempotencyStore"/> unless another one is registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the client secrets and, behind a proxy, <see cref="HubSpotWebhookOptions.PublicBaseUri"/>.
    /// Options can also be bound from configuration with <c>services.Configure&lt;HubSpotWebhookOptions&gt;(section)</c>.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddHubSpotWebhooks(this IServiceCollection services, Action<HubSpotWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<HubSpotWebhookOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotWebhookOptions>, HubSpotWebhookOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookIdempotencyStore>(provider => new InMemoryWebhookIdempotencyStore(timeProvider: provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new HubSpotWebhookReceiver(
            provider.GetRequiredService<IOptions<HubSpotWebhookOptions>>().Value,
            provider.GetRequiredService<IWebhookIdempotencyStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<HubSpotWebhookReceiver>>()));
        return services;
    }
}
