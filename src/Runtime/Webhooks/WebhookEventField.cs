namespace Spoke.Webhooks;

/// <summary>The event fields the parser models; everything else goes to <c>AdditionalFields</c>.</summary>
internal enum WebhookEventField
{
    Unknown,
    EventId,
    SubscriptionId,
    PortalId,
    AppId,
    OccurredAt,
    SubscriptionType,
    ObjectTypeId,
    ObjectId,
    AttemptNumber,
    ChangeSource,
    ChangeFlag,
    SourceId,
    IsSensitive,
    PropertyName,
    PropertyValue,
    PrimaryObjectId,
    MergedObjectIds,
    NewObjectId,
    NumberOfPropertiesMoved,
    AssociationType,
    FromObjectId,
    ToObjectId,
    AssociationRemoved,
    IsPrimaryAssociation,
    MessageId,
    MessageType,
}

/// <summary>Identifies a field from its UTF-8 name.</summary>
internal static class WebhookEventFields
{
    /// <summary>Switching on the length first means at most three comparisons per name, on the parser's hottest path.</summary>
    public static WebhookEventField Identify(ReadOnlySpan<byte> name) => name.Length switch
    {
        5 when name.SequenceEqual("appId"u8) => WebhookEventField.AppId,
        7 when name.SequenceEqual("eventId"u8) => WebhookEventField.EventId,
        8 when name.SequenceEqual("objectId"u8) => WebhookEventField.ObjectId,
        8 when name.SequenceEqual("portalId"u8) => WebhookEventField.PortalId,
        8 when name.SequenceEqual("sourceId"u8) => WebhookEventField.SourceId,
        9 when name.SequenceEqual("eventType"u8) => WebhookEventField.SubscriptionType,
        9 when name.SequenceEqual("messageId"u8) => WebhookEventField.MessageId,
        10 when name.SequenceEqual("occurredAt"u8) => WebhookEventField.OccurredAt,
        10 when name.SequenceEqual("changeFlag"u8) => WebhookEventField.ChangeFlag,
        10 when name.SequenceEqual("toObjectId"u8) => WebhookEventField.ToObjectId,
        11 when name.SequenceEqual("isSensitive"u8) => WebhookEventField.IsSensitive,
        11 when name.SequenceEqual("newObjectId"u8) => WebhookEventField.NewObjectId,
        11 when name.SequenceEqual("messageType"u8) => WebhookEventField.MessageType,
        12 when name.SequenceEqual("propertyName"u8) => WebhookEventField.PropertyName,
        12 when name.SequenceEqual("changeSource"u8) => WebhookEventField.ChangeSource,
        12 when name.SequenceEqual("objectTypeId"u8) => WebhookEventField.ObjectTypeId,
        12 when name.SequenceEqual("fromObjectId"u8) => WebhookEventField.FromObjectId,
        13 when name.SequenceEqual("propertyValue"u8) => WebhookEventField.PropertyValue,
        13 when name.SequenceEqual("attemptNumber"u8) => WebhookEventField.AttemptNumber,
        14 when name.SequenceEqual("subscriptionId"u8) => WebhookEventField.SubscriptionId,
        15 when name.SequenceEqual("associationType"u8) => WebhookEventField.AssociationType,
        15 when name.SequenceEqual("primaryObjectId"u8) => WebhookEventField.PrimaryObjectId,
        15 when name.SequenceEqual("mergedObjectIds"u8) => WebhookEventField.MergedObjectIds,
        16 when name.SequenceEqual("subscriptionType"u8) => WebhookEventField.SubscriptionType,
        18 when name.SequenceEqual("associationRemoved"u8) => WebhookEventField.AssociationRemoved,
        20 when name.SequenceEqual("isPrimaryAssociation"u8) => WebhookEventField.IsPrimaryAssociation,
        23 when name.SequenceEqual("numberOfPropertiesMoved"u8) => WebhookEventField.NumberOfPropertiesMoved,
        _ => WebhookEventField.Unknown,
    };
}
