namespace Spoke.Authentication;

/// <summary>An access token and the moment it stops working.</summary>
/// <remarks><see cref="ToString"/> never shows the token.</remarks>
public readonly struct HubSpotAccessToken
{
    /// <summary>Creates the token.</summary>
    /// <param name="value">The bearer token.</param>
    /// <param name="expiresOn">When HubSpot stops accepting it; <see cref="DateTimeOffset.MaxValue"/> for tokens that do not expire.</param>
    public HubSpotAccessToken(string value, DateTimeOffset expiresOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
        ExpiresOn = expiresOn;
    }

    /// <summary>The bearer token sent in the <c>Authorization</c> header.</summary>
    public string Value { get; }

    /// <summary>When HubSpot stops accepting the token.</summary>
    public DateTimeOffset ExpiresOn { get; }

    /// <summary>Describes the token without revealing it.</summary>
    /// <returns>The expiry only.</returns>
    public override string ToString() => $"HubSpotAccessToken (redacted, expires {ExpiresOn:O})";
}
