using System.Net;
using Polly;
using Polly.Timeout;
using Spoke.Errors;

namespace Spoke.Resilience;

/// <summary>
/// Decides whether a failed attempt may be repeated. A 429, or a connection that never opened, means HubSpot did not
/// process the request, so any request may be repeated. A 5xx, a timeout or a dropped connection may mean it did, so
/// only requests that are safe to repeat are.
/// </summary>
internal static class RetryClassifier
{
    /// <summary>Why the attempt should be repeated, or <see langword="null"/> when it must not be.</summary>
    public static string? RetryReason(Outcome<HubSpotResponse> outcome, RequestKind kind) =>
        outcome.Exception is { } exception ? ExceptionReason(exception, kind) : ResponseReason(outcome.Result!, kind);

    private static string? ResponseReason(HubSpotResponse response, RequestKind kind)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return HubSpotExceptionFactory.IsDaily(HubSpotErrorParser.TryParse(response.Body.Span)) ? null : "rate limited";
        }

        var transient = response.StatusCode is HttpStatusCode.RequestTimeout
            or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;
        return transient && IsSafeToRepeat(kind) ? $"status {(int)response.StatusCode}" : null;
    }

    private static string? ExceptionReason(Exception exception, RequestKind kind) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => "connection failed",
        _ when !IsSafeToRepeat(kind) => null,
        TimeoutRejectedException => "attempt timed out",
        OperationCanceledException { InnerException: TimeoutException } => "HttpClient timeout",
        HttpRequestException or IOException => "connection dropped",
        _ => null,
    };

    private static bool IsSafeToRepeat(RequestKind kind) => kind != RequestKind.NonIdempotentWrite;
}
