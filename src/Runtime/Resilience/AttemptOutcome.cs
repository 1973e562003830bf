namespace Spoke.Resilience;

/// <summary>What one HTTP attempt's outcome says about the request on HubSpot's side.</summary>
internal enum AttemptOutcome
{
    /// <summary>HubSpot accepted the request (200, 201, 204 or 207).</summary>
    Succeeded,

    /// <summary>
    /// No byte of the request can have reached a server: the token could not be obtained, the host name did not resolve,
    /// or the connection, TLS handshake or proxy tunnel could not be set up.
    /// </summary>
    NotSent,

    /// <summary>A 429 other than the daily limit: HubSpot refused the request without processing it.</summary>
    RateLimited,

    /// <summary>
    /// The request was sent and its result is unknown: the attempt timed out, the connection broke before the whole answer
    /// arrived, or HubSpot or a gateway in front of it answered 408 or 5xx.
    /// </summary>
    Uncertain,

    /// <summary>Any other answer: HubSpot refused the request (a 4xx, or the daily limit) and applied nothing.</summary>
    Refused,
}
