using Microsoft.Extensions.Logging;

namespace Spoke.Telemetry;

/// <summary>The transport's log messages. None of them carries a token, a request body or a query string.</summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "HubSpot {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0} ms after {Attempts} attempt(s); correlation id {CorrelationId}")]
    public static partial void CallSucceeded(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds, int attempts, string? correlationId);

    [LoggerMessage(EventId = 2,
        Message = "HubSpot {Method} {Path} failed after {Attempts} attempt(s): {Failure}")]
    public static partial void CallFailed(ILogger logger, LogLevel level, string method, string path, int attempts, string failure);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "HubSpot {Method} {Path} attempt {Attempt} failed ({Reason}); retrying in {DelayMilliseconds:0} ms")]
    public static partial void RetryScheduled(ILogger logger, string method, string path, int attempt, string reason, double delayMilliseconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "HubSpot rate limit {PolicyName} reached on {Method} {Path}; Retry-After {RetryAfter}; correlation id {CorrelationId}")]
    public static partial void RateLimited(ILogger logger, string? policyName, string method, string path, TimeSpan? retryAfter, string? correlationId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug,
        Message = "HubSpot {Method} {Path} waited {WaitMilliseconds:0} ms for the client-side rate limiter")]
    public static partial void LimiterWaited(ILogger logger, string method, string path, double waitMilliseconds);

    [LoggerMessage(EventId = 6, Level = LogLevel.Trace,
        Message = "HubSpot {Method} {Path} response headers: {Headers}")]
    public static partial void ResponseHeaders(ILogger logger, string method, string path, string headers);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning,
        Message = "The shared HubSpot budget store cannot be reached ({Failure}); counting in this process on 1/{ExpectedProcessCount} of each limit until it answers again")]
    public static partial void BudgetStoreUnavailable(ILogger logger, string failure, int expectedProcessCount);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information,
        Message = "The shared HubSpot budget store answers again after {OutageSeconds:0.0} s; back to the shared budget")]
    public static partial void BudgetStoreRecovered(ILogger logger, double outageSeconds);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning,
        Message = "HubSpot {Method} {Path} not sent: HubSpot last reported the daily quota used up ({Remaining} left)")]
    public static partial void DailyQuotaUsedUp(ILogger logger, string method, string path, long remaining);
}
