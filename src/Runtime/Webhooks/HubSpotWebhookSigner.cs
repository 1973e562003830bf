using System.Security.Cryptography;
using System.Text;

namespace Spoke.Webhooks;

/// <summary>
/// Computes HubSpot's webhook signatures over raw request bytes. The verifier uses it; tests and
/// local tools use it to sign requests the way HubSpot does.
/// </summary>
public static class HubSpotWebhookSigner
{
    /// <summary>Length in bytes of every signature (SHA-256 and HMAC-SHA256).</summary>
    public const int SignatureLength = 32;

    /// <summary>Computes the v1 signature, <c>hex(SHA-256(clientSecret + body))</c>, in lower-case hex.</summary>
    /// <param name="clientSecret">The app's client secret.</param>
    /// <param name="body">The raw request body.</param>
    public static string SignV1(string clientSecret, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        Span<byte> signature = stackalloc byte[SignatureLength];
        ComputeV1(Encoding.UTF8.GetBytes(clientSecret), body, signature);
        return Convert.ToHexStringLower(signature);
    }

    /// <summary>Computes the v2 signature, <c>hex(SHA-256(clientSecret + method + uri + body))</c>, in lower-case hex.</summary>
    /// <param name="clientSecret">The app's client secret.</param>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="uri">The full request URI exactly as HubSpot called it, scheme and query included.</param>
    /// <param name="body">The raw request body.</param>
    public static string SignV2(string clientSecret, string method, string uri, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        Span<byte> signature = stackalloc byte[SignatureLength];
        ComputeV2(Encoding.UTF8.GetBytes(clientSecret), method, uri, body, signature);
        return Convert.ToHexStringLower(signature);
    }

    /// <summary>Computes the v3 signature, <c>Base64(HMAC-SHA256(clientSecret, method + uri + body + timestamp))</c>.</summary>
    /// <param name="clientSecret">The app's client secret.</param>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="uri">The full request URI; the escapes HubSpot decodes before signing are decoded here too.</param>
    /// <param name="body">The raw request body.</param>
    /// <param name="timestamp">The <see cref="HubSpotWebhookHeaders.RequestTimestamp"/> header value, exactly as sent.</param>
    public static string SignV3(string clientSecret, string method, string uri, ReadOnlySpan<byte> body, string timestamp)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        Span<byte> signature = stackalloc byte[SignatureLength];
        ComputeV3(Encoding.UTF8.GetBytes(clientSecret), method, SignatureUri.DecodeForV3(uri), body, timestamp, signature);
        return Convert.ToBase64String(signature);
    }

    internal static void ComputeV1(byte[] secret, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(secret);
        hash.AppendData(body);
        hash.GetHashAndReset(destination);
    }

    internal static void ComputeV2(byte[] secret, string method, string uri, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(secret);
        AppendUtf8(hash, method);
        AppendUtf8(hash, uri);
        hash.AppendData(body);
        hash.GetHashAndReset(destination);
    }

    /// <remarks><paramref name="decodedUri"/> must already have gone through <see cref="SignatureUri.DecodeForV3"/>.</remarks>
    internal static void ComputeV3(byte[] secret, string method, string decodedUri, ReadOnlySpan<byte> body, string timestamp, Span<byte> destination)
    {
        // Hashing the parts one after another equals hashing UTF-8(method + uri + body + timestamp) and never
        // decodes the body to a string, which would alter bytes that are not valid UTF-8.
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        AppendUtf8(hmac, method);
        AppendUtf8(hmac, decodedUri);
        hmac.AppendData(body);
        AppendUtf8(hmac, timestamp);
        hmac.GetHashAndReset(destination);
    }

    private static void AppendUtf8(IncrementalHash hash, string text)
    {
        const int StackLimit = 512;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : new byte[maxBytes];
        var written = Encoding.UTF8.GetBytes(text, buffer);
        hash.AppendData(buffer[..written]);
    }
}
