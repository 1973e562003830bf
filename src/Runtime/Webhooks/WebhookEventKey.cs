namespace Spoke.Webhooks;

/// <summary>
/// The identity of one event across deliveries. HubSpot's <c>eventId</c> alone is not guaranteed unique, so the
/// subscription and the object are part of the key; the attempt number is not, so a retry maps to the same key.
/// </summary>
/// <param name="EventId">HubSpot's event id.</param>
/// <param name="SubscriptionId">The subscription that produced the event.</param>
/// <param name="ObjectType">The object type id (<c>0-3</c>), if the event is about a CRM record.</param>
/// <param name="ObjectId">The record id, or 0 when the event names none.</param>
public readonly record struct WebhookEventKey(long EventId, long SubscriptionId, string? ObjectType, long ObjectId);
