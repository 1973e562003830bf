using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Spoke.Emulator.Webhooks;

/// <summary>
/// Signs an outgoing delivery the way HubSpot does: a v1 signature (<c>X-HubSpot-Signature</c>) and a v3 one
/// (<c>X-HubSpot-Signature-v3</c> with <c>X-HubSpot-Request-Timestamp</c>). Kept apart from the runtime's verifier
/// on purpose, so each checks the other.
/// </summary>
internal static class WebhookRequestSigner
{
    public static void Sign(HttpRequestMessage request, byte[] body, string clientSecret, DateTimeOffset sentAt)
    {
        var timestamp = sentAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var secret = Encoding.UTF8.GetBytes(clientSecret);

        byte[] v1 = SHA256.HashData([.. secret, .. body]);
        byte[] signed = [.. Encoding.UTF8.GetBytes(request.Method.Method + DecodeForV3(request.RequestUri!.AbsoluteUri)), .. body, .. Encoding.UTF8.GetBytes(timestamp)];
        var v3 = HMACSHA256.HashData(secret, signed);

        request.Headers.Add("X-HubSpot-Signature-Version", "v1");
        request.Headers.Add("X-HubSpot-Signature", Convert.ToHexStringLower(v1));
        request.Headers.Add("X-HubSpot-Signature-v3", Convert.ToBase64String(v3));
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp);
    }

    /// <summary>HubSpot decodes these escapes, and only these, in the URI it signs.</summary>
    private static string DecodeForV3(string uri)
    {
        var decoded = new StringBuilder(uri);
        foreach (var (escape, character) in DecodedEscapes)
        {
            decoded.Replace(escape, character).Replace(escape.ToLowerInvariant(), character);
        }

        return decoded.ToString();
    }

    private static readonly (string Escape, string Character)[] DecodedEscapes =
    [
        ("%3A", ":"), ("%2F", "/"), ("%3F", "?"), ("%40", "@"), ("%21", "!"), ("%24", "$"),
        ("%27", "'"), ("%28", "("), ("%29", ")"), ("%2A", "*"), ("%2C", ","), ("%3B", ";"),
    ];
}
