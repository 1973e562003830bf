namespace Spoke.Webhooks;

/// <summary>Why a delivery failed verification.</summary>
public enum WebhookVerificationFailure
{
    /// <summary>The delivery passed.</summary>
    None = 0,

    /// <summary>The request carries no signature header at all.</summary>
    MissingSignature,

    /// <summary>The request carries a v3 signature but no request timestamp.</summary>
    MissingTimestamp,

    /// <summary>The request timestamp is not a whole number of milliseconds.</summary>
    MalformedTimestamp,

    /// <summary>The request timestamp is older than the tolerance allows: a late or replayed delivery.</summary>
    StaleTimestamp,

    /// <summary>The request timestamp is further in the future than the tolerance allows.</summary>
    FutureTimestamp,

    /// <summary>The signature does not match the body under any configured client secret.</summary>
    SignatureMismatch,

    /// <summary>The request carries only a v1 or v2 signature and legacy signatures are not allowed.</summary>
    LegacySignatureNotAllowed,

    /// <summary>The signature version header names a scheme other than v1 or v2.</summary>
    UnsupportedSignatureVersion,
}
