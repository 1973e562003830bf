using System.Net.Sockets;
using Polly;
using Polly.Timeout;
using Spoke.Http;

namespace Spoke.Resilience;

/// <summary>
/// Decides whether a failed attempt may be repeated, from its <see cref="AttemptOutcome"/>. An attempt that was not sent,
/// or that HubSpot rate limited, cannot have been applied, so any request may be repeated. An uncertain attempt may have
/// been applied, so only requests that are safe to repeat are. Only failures that can pass (timeouts, network errors, 408,
/// 429 and 5xx) are repeated; a token provider's refusal or a bug in a handler is not.
/// </summary>
internal static class RetryClassifier
{
    /// <summary>Why the attempt should be repeated, or <see langword="null"/> when it must not be.</summary>
    public static string? RetryReason(Outcome<HubSpotResponse> outcome, AttemptOutcome classified, RequestKind kind) => classified switch
    {
        AttemptOutcome.RateLimited => "rate limited",
        AttemptOutcome.NotSent when IsTransient(outcome.Exception) => "connection failed",
        AttemptOutcome.Uncertain when kind != RequestKind.NonIdempotentWrite => outcome.Exception switch
        {
            null => $"status {(int)outcome.Result!.StatusCode}",
            TimeoutRejectedException => "attempt timed out",
            OperationCanceledException { InnerException: TimeoutException } => "HttpClient timeout",
            HttpRequestException or IOException => "connection dropped",
            _ => null,
        },
        _ => null,
    };

    private static bool IsTransient(Exception? exception) =>
        exception is TimeoutRejectedException or HttpRequestException or IOException or SocketException or OperationCanceledException { InnerException: TimeoutException };
}
