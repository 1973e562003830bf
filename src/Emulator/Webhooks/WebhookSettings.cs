namespace Spoke.Emulator.Webhooks;

/// <summary>The app's webhook target and throttling, as HubSpot's settings API shows them.</summary>
internal sealed record WebhookSettings(
    Uri TargetUrl,
    int MaxConcurrentRequests,
    string Period,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
