namespace Spoke.Http;

/// <summary>The HubSpot-specific header names the transport reads.</summary>
internal static class HubSpotHeaderNames
{
    public const string CorrelationId = "X-HubSpot-Correlation-Id";
    public const string RateLimitMax = "X-HubSpot-RateLimit-Max";
    public const string RateLimitRemaining = "X-HubSpot-RateLimit-Remaining";
    public const string RateLimitInterval = "X-HubSpot-RateLimit-Interval-Milliseconds";
    public const string DailyLimit = "X-HubSpot-RateLimit-Daily";
    public const string DailyRemaining = "X-HubSpot-RateLimit-Daily-Remaining";
}
