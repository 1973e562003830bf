namespace Spoke.Webhooks;

/// <summary>What happened, from the part of <c>subscriptionType</c> after the dot.</summary>
public enum WebhookEventKind
{
    /// <summary>A kind this library does not know; <see cref="WebhookEvent.SubscriptionType"/> holds HubSpot's name.</summary>
    Unknown = 0,

    /// <summary><c>*.creation</c>: a record was created.</summary>
    Creation,

    /// <summary><c>*.deletion</c>: a record was deleted or archived.</summary>
    Deletion,

    /// <summary><c>*.propertyChange</c>: one property of a record changed; see <see cref="WebhookEvent.PropertyChange"/>.</summary>
    PropertyChange,

    /// <summary><c>*.associationChange</c>: an association was added or removed; see <see cref="WebhookEvent.AssociationChange"/>.</summary>
    AssociationChange,

    /// <summary><c>*.restore</c>: a deleted record was restored.</summary>
    Restore,

    /// <summary><c>*.merge</c>: records were merged; see <see cref="WebhookEvent.Merge"/>.</summary>
    Merge,

    /// <summary><c>*.privacyDeletion</c>: a record was deleted for privacy compliance (a normal deletion also fires).</summary>
    PrivacyDeletion,

    /// <summary><c>conversation.newMessage</c>: a message was added to a conversation thread.</summary>
    NewMessage,
}
