namespace Spoke.Http;

/// <summary>
/// What a request does to HubSpot, which decides the rate limiter it draws from and whether it is safe to repeat.
/// </summary>
internal enum RequestKind
{
    /// <summary>A read (GET, batch read): always safe to repeat.</summary>
    Read,

    /// <summary>A CRM search: safe to repeat, and also limited by the per-token search limit.</summary>
    Search,

    /// <summary>
    /// A write whose repetition leaves the same state: PUT, DELETE, update by id, upsert by a unique property.
    /// Repeated after a timeout or a 5xx.
    /// </summary>
    IdempotentWrite,

    /// <summary>
    /// A write that could take effect twice, such as a plain create. Repeated only when HubSpot cannot have processed
    /// it (a 429, or a connection that was never opened).
    /// </summary>
    NonIdempotentWrite,
}
