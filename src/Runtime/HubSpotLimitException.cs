namespace Spoke;

/// <summary>
/// Thrown before a request is sent when it would break one of the documented <see cref="HubSpotLimits"/>.
/// HubSpot would reject the request with a 400; failing early names the limit and saves a round trip.
/// </summary>
public sealed class HubSpotLimitException : ArgumentException
{
    /// <summary>Creates the exception for one broken limit.</summary>
    /// <param name="limitName">The name of the <see cref="HubSpotLimits"/> member that was exceeded, for example <c>MaxFilterGroups</c>.</param>
    /// <param name="limit">The limit's value.</param>
    /// <param name="actual">The value the request had.</param>
    /// <param name="what">What was counted, in words, for example "filter groups".</param>
    public HubSpotLimitException(string limitName, int limit, int actual, string what)
        : base($"HubSpot allows at most {limit} {what} ({nameof(HubSpotLimits)}.{limitName}), but the request has {actual}. Split the request or narrow it.")
    {
        LimitName = limitName;
        Limit = limit;
        Actual = actual;
    }

    /// <summary>The name of the <see cref="HubSpotLimits"/> member that was exceeded.</summary>
    public string LimitName { get; }

    /// <summary>The limit's value.</summary>
    public int Limit { get; }

    /// <summary>The value the request had.</summary>
    public int Actual { get; }

    /// <summary>Throws when <paramref name="actual"/> is above <paramref name="limit"/>.</summary>
    /// <param name="limitName">The name of the <see cref="HubSpotLimits"/> member.</param>
    /// <param name="limit">The limit's value.</param>
    /// <param name="actual">The value to check.</param>
    /// <param name="what">What was counted, in words.</param>
    /// <exception cref="HubSpotLimitException"><paramref name="actual"/> is above <paramref name="limit"/>.</exception>
    public static void ThrowIfAbove(string limitName, int limit, int actual, string what)
    {
        if (actual > limit)
        {
            throw new HubSpotLimitException(limitName, limit, actual, what);
        }
    }
}
