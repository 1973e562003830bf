namespace Spoke;

/// <summary>HubSpot answered 401: the access token is missing, invalid, revoked or expired.</summary>
public sealed class HubSpotAuthenticationException : HubSpotException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the token was refused.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public HubSpotAuthenticationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
