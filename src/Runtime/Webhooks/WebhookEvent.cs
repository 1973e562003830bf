using System.Text.Json;

namespace Spoke.Webhooks;

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
    /// The CRM object type (from the <c>subscriptionType</c>, or from <c>objectTypeId</c> for <c>object.*</c>
    /// subscriptions), or <see langword="null"/> for events that are not about CRM records.
    /// </summary>
    public CrmObjectType? ObjectType { get; init; }

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
    public WebhookEventKey Key => new(EventId, SubscriptionId, ObjectType?.TypeId, ObjectId ?? 0);

    /// <summary>
    /// Decodes the new value of a property change with the generated record type, e.g. a <c>deal.propertyChange</c> on
    /// <c>dealstage</c> into the <c>Picklist</c> of the generated enum, not a string.
    /// </summary>
    /// <typeparam name="TRecord">The generated record type of the event's object type, e.g. <c>Deal</c>.</typeparam>
    /// <param name="value">The typed value (boxed), or <see langword="null"/> when the property was cleared.</param>
    /// <returns>
    /// <see langword="false"/> when the event is not a property change on <typeparamref name="TRecord"/>'s object type, the
    /// record has no member for the property, or the value does not fit its type (see <see cref="PropertyChange"/> for the raw value).
    /// </returns>
    public bool TryGetPropertyValue<TRecord>(out object? value)
        where TRecord : CrmRecord, ICrmObject<TRecord>
    {
        value = null;
        return PropertyChange is { } change
            && TRecord.ObjectType.Equals(ObjectType)
            && TRecord.TryDecodeProperty(change.Name, change.Value, out value);
    }

    /// <summary>
    /// Decodes the new value when the event is a change of one given property, typed as that property's member:
    /// <c>e.TryGetPropertyValue&lt;Deal, Picklist&lt;DealStage&gt;&gt;(Deal.Properties.Dealstage, out var stage)</c>.
    /// </summary>
    /// <typeparam name="TRecord">The generated record type, e.g. <c>Deal</c>.</typeparam>
    /// <typeparam name="TValue">The property member's type, without nullability, e.g. <c>Picklist&lt;DealStage&gt;</c> or <c>decimal</c>.</typeparam>
    /// <param name="propertyName">The property's wire name.</param>
    /// <param name="value">The typed value, or <see langword="default"/> when the property was cleared.</param>
    /// <returns><see langword="true"/> when the event changed that property of a <typeparamref name="TRecord"/> and its value decodes.</returns>
    /// <exception cref="InvalidCastException">The property decodes to another type than <typeparamref name="TValue"/>.</exception>
    public bool TryGetPropertyValue<TRecord, TValue>(string propertyName, out TValue? value)
        where TRecord : CrmRecord, ICrmObject<TRecord>
    {
        value = default;
        if (PropertyChange?.Name != propertyName || !TryGetPropertyValue<TRecord>(out var decoded))
        {
            return false;
        }

        if (decoded is null)
        {
            return true;
        }

        if (decoded is TValue typed)
        {
            value = typed;
            return true;
        }

        throw new InvalidCastException(
            $"{TRecord.ObjectType.Name}.{propertyName} decodes to {decoded.GetType().Name}, not {typeof(TValue).Name}. Use the type of the generated member.");
    }

    internal static readonly IReadOnlyDictionary<string, JsonElement> NoAdditionalFields = new Dictionary<string, JsonElement>(0);
}
