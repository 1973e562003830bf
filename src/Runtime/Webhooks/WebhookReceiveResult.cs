
namespace Spoke.Webhooks;

/// <summary>What happened to one delivery.</summary>
/// <param name="Status">The outcome; its numeric value is the HTTP status to answer with.</param>
/// <param name="Message">Why the delivery was refused or failed; <see langword="null"/> when accepted. Never contains a secret.</param>
public sealed record WebhookReceiveResult(WebhookReceiveStatus Status, string? Message)
{
    /// <summary>Why verification failed, when <see cref="Status"/> is <see cref="WebhookReceiveStatus.Unauthorized"/>.</summary>
    public WebhookVerificationFailure VerificationFailure { get; init; }

    /// <summary>How many events the delivery held.</summary>
    public int EventCount { get; init; }

    /// <summary>How many events a handler ran for successfully.</summary>
    public int HandledCount { get; init; }

    /// <summary>How many events were skipped as copies of events already handled or being handled.</summary>
    public int DuplicateCount { get; init; }

    /// <summary>How many handlers threw.</summary>
    public int FailedCount { get; init; }

    /// <summary>The HTTP status code to answer HubSpot with.</summary>
    public int HttpStatusCode => (int)Status;
}
