using System.Text.Json;
using Spoke.Webhooks.Idempotency;

namespace Spoke.Webhooks.Events;

/// <summary>
/// One event of a HubSpot webhook delivery. Fields HubSpot sends that this type does not model are kept in
/// <see cref="AdditionalFields"/>, and unknown kinds keep their name in <see cref="SubscriptionType"/>.
/// </summary>
public sealed class WebhookEvent
{
    /// <summary>HubSpot's id for the event. Not guaranteed unique on its own; see <see cref="Key"/>.</summary>
    public required long EventId { get; init; }

    /// <summary>The subscription that produced the event.</summary>
    public long SubscriptionId { get; init; }

    /// <summary>The HubSpot account (portal) the change happened in.</summary>
    public long PortalId { get; init; }

    /// <summary>The app the subscription belongs to.</summary>
    public long AppId { get; init; }

    /// <summary>When the change happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>HubSpot's name for the event, e.g. <c>deal.propertyChange</c>, exactly as sent.</summary>
    public required string SubscriptionType { get; init; }

    /// <summary>What happened, parsed from <see cref="SubscriptionType"/>.</summary>
    public WebhookEventKind Kind { get; init; }

    /// <summary>
    /// The CRM object type as the API names it (<c>contacts</c>, <c>deals</c>, <c>line_items</c>, or an id such as
    /// <c>2-3465404</c> for a custom object), or <see langword="null"/> for events that are not about CRM records.
    /// </summary>
    public string? ObjectType { get; init; }

    /// <summary>The record the event is about (for association changes, the record the association starts from).</summary>
    public long? ObjectId { get; init; }

    /// <summary>How many times HubSpot tried this delivery before; 0 on the first try.</summary>
    public int AttemptNumber { get; init; }

    /// <summary>Where the change came from, e.g. <c>CRM_UI</c>, <c>IMPORT</c>, <c>INTEGRATION</c>, <c>API</c>.</summary>
    public string? ChangeSource { get; init; }

    /// <summary>HubSpot's change flag, e.g. <c>NEW</c> on a creation.</summary>
    public string? ChangeFlag { get; init; }

    /// <summary>Who or what made the change, e.g. <c>userId:882761034</c>.</summary>
    public string? SourceId { get; init; }

    /// <summary>Whether the changed property holds sensitive data (its value then arrives as <c>REDACTED</c>).</summary>
    public bool IsSensitive { get; init; }

    /// <summary>The property and its new value, for <see cref="WebhookEventKind.PropertyChange"/> events.</summary>
    public WebhookPropertyChange? PropertyChange { get; init; }

    /// <summary>The merged records, for <see cref="WebhookEventKind.Merge"/> events.</summary>
    public WebhookMerge? Merge { get; init; }

    /// <summary>The association, for <see cref="WebhookEventKind.AssociationChange"/> events.</summary>
    public WebhookAssociationChange? AssociationChange { get; init; }

    /// <summary>The message id, for conversation message events.</summary>
    public string? MessageId { get; init; }

    /// <summary>The message type (<c>MESSAGE</c> or <c>COMMENT</c>), for conversation message events.</summary>
    public string? MessageType { get; init; }

    /// <summary>Every field of the event this type does not model, by name, as sent.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; init; } = NoAdditionalFields;

    /// <summary>The identity used to run a handler once per event despite duplicate deliveries and retries.</summary>
    public WebhookEventKey Key => new(EventId, SubscriptionId, ObjectType, ObjectId ?? 0);

    internal static readonly IReadOnlyDictionary<string, JsonElement> NoAdditionalFields = new Dictionary<string, JsonElement>(0);
}
