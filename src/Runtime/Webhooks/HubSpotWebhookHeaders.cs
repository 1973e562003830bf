namespace Spoke.Webhooks;

/// <summary>The request headers HubSpot puts on every webhook delivery.</summary>
public static class HubSpotWebhookHeaders
{
    /// <summary>The v1 or v2 signature: lower-case hex of a SHA-256 hash.</summary>
    public const string Signature = "X-HubSpot-Signature";

    /// <summary>Which scheme <see cref="Signature"/> uses: <c>v1</c> or <c>v2</c>.</summary>
    public const string SignatureVersion = "X-HubSpot-Signature-Version";

    /// <summary>The v3 signature: Base64 of an HMAC-SHA256.</summary>
    public const string SignatureV3 = "X-HubSpot-Signature-v3";

    /// <summary>When HubSpot sent the request, in milliseconds since the Unix epoch; part of the v3 signature.</summary>
    public const string RequestTimestamp = "X-HubSpot-Request-Timestamp";
}
