namespace Spoke.Emulator.Webhooks;

/// <summary>One event waiting to be delivered: the change, the subscription it matched, and its id.</summary>
internal sealed record WebhookEvent(long EventId, WebhookSubscription Subscription, EmulatorChange Change);
