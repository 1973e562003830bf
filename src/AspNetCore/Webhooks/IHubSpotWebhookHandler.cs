using Spoke.Webhooks;

namespace Spoke.AspNetCore.Webhooks;

/// <summary>
/// Handles verified HubSpot webhook events; resolved from the request's services, so it can take scoped
/// dependencies. Runs once per event; throwing makes HubSpot retry the event later.
/// </summary>
public interface IHubSpotWebhookHandler
{
    /// <summary>Handles one event.</summary>
    /// <param name="webhookEvent">The verified event.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken = default);
}
