using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Webhooks;

/// <summary>Writes the subscriptions API's JSON shapes.</summary>
internal static class WebhookJson
{
    public static void WriteSubscription(Utf8JsonWriter writer, WebhookSubscription subscription)
    {
        writer.WriteStartObject();
        writer.WriteString("id", subscription.Id.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("eventType", subscription.EventType);
        if (subscription.PropertyName is { } propertyName)
        {
            writer.WriteString("propertyName", propertyName);
        }

        if (subscription.ObjectTypeId is { } objectTypeId)
        {
            writer.WriteString("objectTypeId", objectTypeId);
        }

        writer.WriteBoolean("active", subscription.Active);
        writer.WriteString("createdAt", WireFormat.Timestamp(subscription.CreatedAt));
        writer.WriteString("updatedAt", WireFormat.Timestamp(subscription.UpdatedAt));
        writer.WriteEndObject();
    }

    public static void WriteSubscriptions(Utf8JsonWriter writer, IEnumerable<WebhookSubscription> subscriptions)
    {
        writer.WriteStartArray("results");
        foreach (var subscription in subscriptions)
        {
            WriteSubscription(writer, subscription);
        }

        writer.WriteEndArray();
    }

    public static void WriteSettings(Utf8JsonWriter writer, WebhookSettings settings)
    {
        writer.WriteStartObject();
        writer.WriteString("targetUrl", settings.TargetUrl.OriginalString);
        writer.WriteStartObject("throttling");
        writer.WriteNumber("maxConcurrentRequests", settings.MaxConcurrentRequests);
        writer.WriteString("period", settings.Period);
        writer.WriteEndObject();
        writer.WriteString("createdAt", WireFormat.Timestamp(settings.CreatedAt));
        writer.WriteString("updatedAt", WireFormat.Timestamp(settings.UpdatedAt));
        writer.WriteEndObject();
    }
}
