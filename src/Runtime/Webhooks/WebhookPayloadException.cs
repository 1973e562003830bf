namespace Spoke.Webhooks;

/// <summary>
/// A delivery body is not what HubSpot sends: not JSON, not an array of event objects, too many events, or an
/// event without its identifying fields. The message says which event and what was wrong.
/// </summary>
public sealed class WebhookPayloadException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong with the body.</param>
    public WebhookPayloadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around the JSON error that caused it.</summary>
    /// <param name="message">What was wrong with the body.</param>
    /// <param name="innerException">The underlying JSON error.</param>
    public WebhookPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
