namespace Spoke.Emulator.Webhooks;

/// <summary>One webhook subscription of the emulated app, as HubSpot's subscriptions API shows it.</summary>
internal sealed record WebhookSubscription(
    long Id,
    string EventType,
    string? PropertyName,
    string? ObjectTypeId,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
