namespace Spoke;

/// <summary>
/// HubSpot answered 429 and the retry budget could not absorb it (or the wait it asked for exceeds the total timeout).
/// <see cref="HubSpotException.RetryAfter"/> and <see cref="HubSpotException.PolicyName"/> say how long and which limit.
/// </summary>
public class HubSpotRateLimitException : HubSpotException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which limit was hit and what to do.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public HubSpotRateLimitException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
