namespace Spoke;

/// <summary>
/// HubSpot answered 403: the token is valid but may not do this. On <c>MISSING_SCOPES</c>,
/// <see cref="HubSpotException.RequiredScopes"/> lists the scopes to grant to the app.
/// </summary>
public sealed class HubSpotAuthorizationException : HubSpotException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and which scopes are needed.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public HubSpotAuthorizationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
