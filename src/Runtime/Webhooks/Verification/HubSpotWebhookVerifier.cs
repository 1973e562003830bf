using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Spoke.Webhooks.Signatures;

namespace Spoke.Webhooks.Verification;

/// <summary>
/// Checks that a webhook delivery comes from HubSpot and is fresh. Framework-free and thread-safe: build one
/// per app and share it. Prefers v3 (HMAC with a replay window); v1 and v2 only when explicitly allowed.
/// </summary>
public sealed class HubSpotWebhookVerifier
{
    private readonly byte[][] _secrets;
    private readonly TimeSpan _tolerance;
    private readonly bool _allowLegacySignatures;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a verifier.</summary>
    /// <param name="options">The client secrets and the replay window.</param>
    /// <param name="timeProvider">The clock for the replay window; <see cref="TimeProvider.System"/> by default.</param>
    /// <exception cref="ArgumentException">No client secret is configured, one is empty, or the tolerance is not positive.</exception>
    public HubSpotWebhookVerifier(WebhookVerifierOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FindProblem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _secrets = [.. options.ClientSecrets.Select(Encoding.UTF8.GetBytes)];
        _tolerance = options.TimestampTolerance;
        _allowLegacySignatures = options.AllowLegacySignatures;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Verifies one delivery. Never throws for anything a caller or HubSpot can send.</summary>
    /// <param name="request">The method, URI, raw body and signature headers of the request.</param>
    public WebhookVerificationResult Verify(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrEmpty(request.SignatureV3))
        {
            return VerifyV3(request);
        }

        if (!string.IsNullOrEmpty(request.Signature))
        {
            return VerifyLegacy(request);
        }

        return WebhookVerificationResult.Invalid(
            WebhookSignatureVersion.None,
            WebhookVerificationFailure.MissingSignature,
            $"The request has no {HubSpotWebhookHeaders.SignatureV3} header. Only HubSpot's signed deliveries are accepted.");
    }

    private WebhookVerificationResult VerifyV3(WebhookRequest request)
    {
        const WebhookSignatureVersion Version = WebhookSignatureVersion.V3;
        var timestamp = request.RequestTimestamp;
        if (string.IsNullOrEmpty(timestamp))
        {
            return WebhookVerificationResult.Invalid(
                Version,
                WebhookVerificationFailure.MissingTimestamp,
                $"The request has a v3 signature but no {HubSpotWebhookHeaders.RequestTimestamp} header.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var sentAtMilliseconds))
        {
            return WebhookVerificationResult.Invalid(
                Version,
                WebhookVerificationFailure.MalformedTimestamp,
                $"The {HubSpotWebhookHeaders.RequestTimestamp} header must be milliseconds since the Unix epoch.");
        }

        // Any whole number of milliseconds fits a long, but not a TimeSpan: the age is measured in 128 bits, so a
        // timestamp thousands of years away is judged stale or future instead of overflowing.
        var ageTicks = ((Int128)_timeProvider.GetUtcNow().ToUnixTimeMilliseconds() - sentAtMilliseconds) * TimeSpan.TicksPerMillisecond;
        if (ageTicks > _tolerance.Ticks)
        {
            return WebhookVerificationResult.Invalid(
                Version,
                WebhookVerificationFailure.StaleTimestamp,
                $"The request was signed {Seconds(ageTicks)} s ago, more than the {_tolerance.TotalSeconds:F0} s allowed: a replay or a late delivery. Check the receiver's clock if this repeats.");
        }

        if (-ageTicks > _tolerance.Ticks)
        {
            return WebhookVerificationResult.Invalid(
                Version,
                WebhookVerificationFailure.FutureTimestamp,
                $"The request claims to be signed {Seconds(-ageTicks)} s in the future, more than the {_tolerance.TotalSeconds:F0} s allowed. Check the receiver's clock if this repeats.");
        }

        Span<byte> expected = stackalloc byte[HubSpotWebhookSigner.SignatureLength];
        if (!TryDecodeBase64(request.SignatureV3!, expected))
        {
            return Mismatch(Version);
        }

        var decodedUri = SignatureUri.DecodeForV3(request.Uri);
        Span<byte> actual = stackalloc byte[HubSpotWebhookSigner.SignatureLength];
        var matched = false;
        foreach (var secret in _secrets)
        {
            HubSpotWebhookSigner.ComputeV3(secret, request.Method, decodedUri, request.Body.Span, timestamp, actual);
            matched |= CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        return matched ? WebhookVerificationResult.Valid(Version) : Mismatch(Version);
    }

    private WebhookVerificationResult VerifyLegacy(WebhookRequest request)
    {
        var version = request.SignatureVersion?.Trim().ToLowerInvariant() switch
        {
            null or "" or "v1" => WebhookSignatureVersion.V1,
            "v2" => WebhookSignatureVersion.V2,
            _ => WebhookSignatureVersion.None,
        };
        if (version == WebhookSignatureVersion.None)
        {
            return WebhookVerificationResult.Invalid(
                version,
                WebhookVerificationFailure.UnsupportedSignatureVersion,
                $"The {HubSpotWebhookHeaders.SignatureVersion} header must be v1 or v2 when no v3 signature is sent.");
        }

        if (!_allowLegacySignatures)
        {
            return WebhookVerificationResult.Invalid(
                version,
                WebhookVerificationFailure.LegacySignatureNotAllowed,
                $"The request carries only a {version} signature, which has no timestamp and can be replayed. Set AllowLegacySignatures to accept it.");
        }

        Span<byte> expected = stackalloc byte[HubSpotWebhookSigner.SignatureLength];
        if (!TryDecodeHex(request.Signature!, expected))
        {
            return Mismatch(version);
        }

        Span<byte> actual = stackalloc byte[HubSpotWebhookSigner.SignatureLength];
        var matched = false;
        foreach (var secret in _secrets)
        {
            if (version == WebhookSignatureVersion.V1)
            {
                HubSpotWebhookSigner.ComputeV1(secret, request.Body.Span, actual);
            }
            else
            {
                HubSpotWebhookSigner.ComputeV2(secret, request.Method, request.Uri, request.Body.Span, actual);
            }

            matched |= CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        return matched ? WebhookVerificationResult.Valid(version) : Mismatch(version);
    }

    private static string Seconds(Int128 ticks) => (ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture);

    private static WebhookVerificationResult Mismatch(WebhookSignatureVersion version) =>
        WebhookVerificationResult.Invalid(
            version,
            WebhookVerificationFailure.SignatureMismatch,
            $"The {version} signature does not match the body under any configured client secret. Check the client secret and that the URI the receiver signs is the public one HubSpot calls.");

    private static bool TryDecodeBase64(string text, Span<byte> destination) =>
        Convert.TryFromBase64String(text, destination, out var written) && written == destination.Length;

    private static bool TryDecodeHex(string text, Span<byte> destination) =>
        text.Length == destination.Length * 2
        && Convert.FromHexString(text, destination, out var consumed, out var written) == System.Buffers.OperationStatus.Done
        && consumed == text.Length
        && written == destination.Length;
}
