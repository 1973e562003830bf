namespace Spoke.Authentication;

/// <summary>
/// Supplies access tokens that expire, such as OAuth access tokens. The client caches the token and asks for a new one
/// shortly before <see cref="HubSpotAccessToken.ExpiresOn"/> (HubSpot says a 401 is not a signal to refresh), with at
/// most one refresh in flight however many requests are waiting.
/// </summary>
public abstract class HubSpotTokenProvider
{
    /// <summary>
    /// Identifies the rate-limit budget the tokens draw from. Clients whose providers return the same key share one
    /// client-side limiter. The default is unique to this provider instance.
    /// </summary>
    public virtual string RateLimitPartition { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Fetches a fresh token.</summary>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The new token and its expiry.</returns>
    public abstract ValueTask<HubSpotAccessToken> GetTokenAsync(CancellationToken cancellationToken = default);
}
