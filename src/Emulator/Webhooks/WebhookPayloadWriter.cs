using System.Buffers;
using System.Text.Json;

namespace Spoke.Emulator.Webhooks;

/// <summary>Writes a delivery body the way HubSpot does: a JSON array of events keyed by <c>subscriptionType</c>.</summary>
internal static class WebhookPayloadWriter
{
    private const string ChangeSource = "API";

    public static byte[] Write(IReadOnlyList<WebhookEvent> events, long portalId, long appId, int attemptNumber)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var webhookEvent in events)
            {
                WriteEvent(writer, webhookEvent, portalId, appId, attemptNumber);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteEvent(Utf8JsonWriter writer, WebhookEvent webhookEvent, long portalId, long appId, int attemptNumber)
    {
        var (eventId, subscription, change) = webhookEvent;
        writer.WriteStartObject();
        writer.WriteNumber("eventId", eventId);
        writer.WriteNumber("subscriptionId", subscription.Id);
        writer.WriteNumber("portalId", portalId);
        writer.WriteNumber("appId", appId);
        writer.WriteNumber("occurredAt", change.OccurredAt.ToUnixTimeMilliseconds());
        writer.WriteString("subscriptionType", WebhookEventTypes.SubscriptionTypeOf(subscription, change));
        writer.WriteNumber("attemptNumber", attemptNumber);
        if (subscription.ObjectTypeId is { } objectTypeId)
        {
            writer.WriteString("objectTypeId", objectTypeId);
        }

        switch (change.Kind)
        {
            case EmulatorChangeKind.AssociationAdded or EmulatorChangeKind.AssociationRemoved:
                writer.WriteString("associationType", WebhookEventTypes.AssociationTypeOf(change.ObjectTypeId, change.ToObjectTypeId));
                writer.WriteNumber("fromObjectId", change.ObjectId);
                writer.WriteNumber("toObjectId", change.ToObjectId ?? 0);
                writer.WriteBoolean("associationRemoved", change.Kind == EmulatorChangeKind.AssociationRemoved);
                writer.WriteBoolean("isPrimaryAssociation", change.IsPrimaryAssociation);
                break;
            case EmulatorChangeKind.Merged:
                writer.WriteNumber("objectId", change.ObjectId);
                writer.WriteNumber("primaryObjectId", change.ObjectId);
                writer.WriteStartArray("mergedObjectIds");
                foreach (var mergedId in change.MergedObjectIds)
                {
                    writer.WriteNumberValue(mergedId);
                }

                writer.WriteEndArray();
                writer.WriteNumber("newObjectId", change.ObjectId);
                break;
            case EmulatorChangeKind.PropertyChanged:
                writer.WriteNumber("objectId", change.ObjectId);
                writer.WriteString("propertyName", change.PropertyName);
                writer.WriteString("propertyValue", change.PropertyValue ?? "");
                break;
            case EmulatorChangeKind.Created:
                writer.WriteNumber("objectId", change.ObjectId);
                writer.WriteString("changeFlag", "NEW");
                break;
            default:
                writer.WriteNumber("objectId", change.ObjectId);
                break;
        }

        writer.WriteString("changeSource", ChangeSource);
        writer.WriteEndObject();
    }
}
