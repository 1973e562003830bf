namespace Spoke.Account;

/// <summary>What HubSpot says about the client's private app token: the account and app it belongs to, and its scopes.</summary>
public sealed record HubSpotAccessTokenInfo
{
    /// <summary>The scopes granted to the token, for example <c>crm.objects.contacts.read</c>, in HubSpot's order.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>The account (portal) id the token belongs to, if HubSpot said.</summary>
    public long? HubId { get; init; }

    /// <summary>The id of the app the token was issued to, if HubSpot said.</summary>
    public long? AppId { get; init; }

    /// <summary>The HubSpot user who installed the app or authorised the token, if HubSpot said.</summary>
    public long? UserId { get; init; }

    /// <summary>Whether the token carries a scope (compared exactly, as HubSpot names scopes).</summary>
    /// <param name="scope">The scope, for example <c>crm.objects.owners.read</c>.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool HasScope(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
