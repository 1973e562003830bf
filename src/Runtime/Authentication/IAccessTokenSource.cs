namespace Spoke.Authentication;

/// <summary>Where the transport gets the bearer token for each attempt.</summary>
internal interface IAccessTokenSource
{
    /// <summary>The key of the rate-limit budget this token draws from; never the token itself.</summary>
    string RateLimitPartition { get; }

    /// <summary>Returns a token that is valid now.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default);
}
