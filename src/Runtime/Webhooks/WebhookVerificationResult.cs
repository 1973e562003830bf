
namespace Spoke.Webhooks;

/// <summary>The outcome of verifying one delivery.</summary>
public readonly record struct WebhookVerificationResult
{
    private WebhookVerificationResult(WebhookSignatureVersion version, WebhookVerificationFailure failure, string? message)
    {
        Version = version;
        Failure = failure;
        Message = message;
    }

    /// <summary>Whether the delivery is authentic and fresh.</summary>
    public bool IsValid => Failure == WebhookVerificationFailure.None;

    /// <summary>The signature scheme that was checked.</summary>
    public WebhookSignatureVersion Version { get; }

    /// <summary>Why the delivery failed, or <see cref="WebhookVerificationFailure.None"/>.</summary>
    public WebhookVerificationFailure Failure { get; }

    /// <summary>What was wrong and what to check, for logs and the 401 response; never contains a secret.</summary>
    public string? Message { get; }

    internal static WebhookVerificationResult Valid(WebhookSignatureVersion version) => new(version, WebhookVerificationFailure.None, null);

    internal static WebhookVerificationResult Invalid(WebhookSignatureVersion version, WebhookVerificationFailure failure, string message) =>
        new(version, failure, message);
}
