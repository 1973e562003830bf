namespace Spoke.Webhooks;

/// <summary>The outcome of receiving one delivery, and the HTTP status to answer HubSpot with.</summary>
public enum WebhookReceiveStatus
{
    /// <summary>Every event was handled or was a duplicate of one already handled: answer 200.</summary>
    Accepted = 200,

    /// <summary>The body is not an array of at most 100 HubSpot events: answer 400. No handler ran.</summary>
    MalformedPayload = 400,

    /// <summary>The signature or timestamp failed verification: answer 401. No handler ran.</summary>
    Unauthorized = 401,

    /// <summary>At least one handler threw: answer 500 so HubSpot retries; events already handled are skipped then.</summary>
    HandlerFailed = 500,
}
