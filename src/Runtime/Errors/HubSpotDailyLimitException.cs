namespace Spoke;

/// <summary>
/// The account's daily API quota is used up (429 with policy <c>DAILY</c>). Retrying cannot help before the quota resets
/// at midnight in the account's time zone, so the client fails at once.
/// </summary>
public sealed class HubSpotDailyLimitException : HubSpotRateLimitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and when the quota resets.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public HubSpotDailyLimitException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
