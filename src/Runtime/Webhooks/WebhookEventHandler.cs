
namespace Spoke.Webhooks;

/// <summary>Handles one verified event. Runs once per event; throwing makes HubSpot retry the event later.</summary>
/// <param name="webhookEvent">The event.</param>
/// <param name="cancellationToken">Cancelled when the request is aborted.</param>
public delegate Task WebhookEventHandler(WebhookEvent webhookEvent, CancellationToken cancellationToken);
