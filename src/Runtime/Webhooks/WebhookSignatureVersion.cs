namespace Spoke.Webhooks;

/// <summary>HubSpot's request signature schemes.</summary>
public enum WebhookSignatureVersion
{
    /// <summary>No signature was checked.</summary>
    None = 0,

    /// <summary><c>hex(SHA-256(clientSecret + body))</c>; no timestamp, so replays cannot be detected.</summary>
    V1 = 1,

    /// <summary><c>hex(SHA-256(clientSecret + method + uri + body))</c>; no timestamp, so replays cannot be detected.</summary>
    V2 = 2,

    /// <summary><c>Base64(HMAC-SHA256(clientSecret, method + uri + body + timestamp))</c>; the only scheme with a replay window.</summary>
    V3 = 3,
}
