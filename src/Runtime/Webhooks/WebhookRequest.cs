
namespace Spoke.Webhooks;

/// <summary>
/// The parts of an incoming HTTP request a webhook signature covers, taken from any host.
/// </summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Uri">
/// The full URI HubSpot called, as HubSpot saw it: the public scheme, host and port (not those behind a proxy),
/// then the raw path and query.
/// </param>
/// <param name="Body">The raw body bytes, exactly as received; never a re-serialised body.</param>
public sealed record WebhookRequest(string Method, string Uri, ReadOnlyMemory<byte> Body)
{
    /// <summary>The <see cref="HubSpotWebhookHeaders.SignatureV3"/> header, if present.</summary>
    public string? SignatureV3 { get; init; }

    /// <summary>The <see cref="HubSpotWebhookHeaders.RequestTimestamp"/> header, if present.</summary>
    public string? RequestTimestamp { get; init; }

    /// <summary>The <see cref="HubSpotWebhookHeaders.Signature"/> header (v1 or v2), if present.</summary>
    public string? Signature { get; init; }

    /// <summary>The <see cref="HubSpotWebhookHeaders.SignatureVersion"/> header, if present.</summary>
    public string? SignatureVersion { get; init; }
}
