namespace Spoke.Http;

/// <summary>
/// The window limit HubSpot reports on each response (<c>X-HubSpot-RateLimit-Max</c>, <c>-Remaining</c>,
/// <c>-Interval-Milliseconds</c>). Search responses carry none.
/// </summary>
/// <param name="Max">Requests allowed per interval.</param>
/// <param name="Remaining">Requests left in the current interval, across every app sharing the budget.</param>
/// <param name="Interval">The length of the rolling interval.</param>
internal readonly record struct RateLimitHeaders(int Max, int Remaining, TimeSpan Interval);
