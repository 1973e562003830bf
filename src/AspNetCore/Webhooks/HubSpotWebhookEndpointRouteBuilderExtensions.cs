using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Spoke.Webhooks;

namespace Spoke.AspNetCore.Webhooks;

/// <summary>Maps the endpoint HubSpot POSTs webhook deliveries to.</summary>
public static class HubSpotWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps a POST endpoint that verifies each delivery (401 when the signature or timestamp is wrong), parses it
    /// (400 when it is not an array of at most 100 events) and runs <paramref name="handler"/> once per event.
    /// Requires <see cref="HubSpotWebhookServiceCollectionExtensions.AddHubSpotWebhooks"/>.
    /// </summary>
    /// <param name="endpoints">The route builder, e.g. the <c>WebApplication</c>.</param>
    /// <param name="pattern">The route, e.g. <c>/hubspot/webhooks</c>; the app's target URL in HubSpot must point here.</param>
    /// <param name="handler">Runs once per new event; throwing answers 500 so HubSpot retries.</param>
    /// <returns>A builder to add conventions such as host or rate-limit requirements.</returns>
    public static IEndpointConventionBuilder MapHubSpotWebhooks(this IEndpointRouteBuilder endpoints, string pattern, WebhookEventHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(endpoints, pattern, _ => handler);
    }

    /// <summary>
    /// Maps the webhook endpoint with a handler resolved from each request's services (or created with its
    /// dependencies injected when it is not registered). See the other overload for what the endpoint checks.
    /// </summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="endpoints">The route builder, e.g. the <c>WebApplication</c>.</param>
    /// <param name="pattern">The route, e.g. <c>/hubspot/webhooks</c>.</param>
    /// <returns>A builder to add conventions such as host or rate-limit requirements.</returns>
    public static IEndpointConventionBuilder MapHubSpotWebhooks<THandler>(this IEndpointRouteBuilder endpoints, string pattern)
        where THandler : class, IHubSpotWebhookHandler =>
        Map(endpoints, pattern, context =>
        {
            var handler = ActivatorUtilities.GetServiceOrCreateInstance<THandler>(context.RequestServices);
            return handler.HandleAsync;
        });

    private static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string pattern, Func<HttpContext, WebhookEventHandler> resolveHandler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(HubSpotWebhookReceiver)) != true)
        {
            throw new InvalidOperationException(
                "HubSpot webhooks are not registered. Call builder.Services.AddHubSpotWebhooks(options => options.ClientSecrets.Add(...)) before MapHubSpotWebhooks.");
        }

        return endpoints.MapPost(pattern, HubSpotWebhookEndpoint.Create(resolveHandler)).WithDisplayName($"HubSpot webhooks {pattern}");
    }
}
