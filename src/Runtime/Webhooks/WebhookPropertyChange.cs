namespace Spoke.Webhooks;

/// <summary>The property a <see cref="WebhookEventKind.PropertyChange"/> event is about and its new value.</summary>
/// <param name="Name">The property's internal name, e.g. <c>dealstage</c>.</param>
/// <param name="Value">
/// The new value as HubSpot's wire string (an empty string when cleared; <c>REDACTED</c> for sensitive data).
/// </param>
public sealed record WebhookPropertyChange(string Name, string? Value);
