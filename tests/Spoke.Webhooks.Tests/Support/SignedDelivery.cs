using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Spoke.Webhooks;

namespace Spoke.Webhooks.Tests.Support;

/// <summary>Builds a webhook request signed the way HubSpot signs it.</summary>
internal static class SignedDelivery
{
    public const string Secret = "test-client-secret";

    public static HttpRequestMessage Create(
        string uri,
        string body,
        string secret = Secret,
        DateTimeOffset? sentAt = null,
        string? signedUri = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (sentAt ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(HubSpotWebhookHeaders.RequestTimestamp, timestamp);
        request.Headers.Add(HubSpotWebhookHeaders.SignatureV3, HubSpotWebhookSigner.SignV3(secret, "POST", signedUri ?? uri, bytes, timestamp));
        request.Headers.Add(HubSpotWebhookHeaders.SignatureVersion, "v1");
        request.Headers.Add(HubSpotWebhookHeaders.Signature, HubSpotWebhookSigner.SignV1(secret, bytes));
        return request;
    }

    public static string Events(params (long EventId, string SubscriptionType, long ObjectId)[] events) =>
        "[" + string.Join(',', events.Select(e =>
            $$"""{"eventId":{{e.EventId}},"subscriptionId":1,"portalId":2,"appId":3,"occurredAt":1700000000000,"subscriptionType":"{{e.SubscriptionType}}","attemptNumber":0,"objectId":{{e.ObjectId}},"changeSource":"API"}""")) + "]";
}
