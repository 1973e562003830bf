using System.Net;
using System.Net.Sockets;
using Polly;
using Spoke.Http;

namespace Spoke.Resilience;

/// <summary>
/// Classifies one attempt's outcome by what it may have done on HubSpot's side. Only the errors raised while a connection
/// is being set up prove that nothing was sent; every other failure after the request was handed to the HTTP client may
/// have reached HubSpot, since a gateway in front of it may have forwarded the request before failing.
/// </summary>
internal static class AttemptClassifier
{
    /// <summary>Classifies <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The attempt's response or exception.</param>
    /// <param name="handedToHttpClient">Whether the attempt got as far as the HTTP client (it had a token and a request message).</param>
    public static AttemptOutcome Classify(Outcome<HubSpotResponse> outcome, bool handedToHttpClient)
    {
        if (outcome.Exception is { } exception)
        {
            return !handedToHttpClient || IsConnectionSetupFailure(exception) ? AttemptOutcome.NotSent : AttemptOutcome.Uncertain;
        }

        var response = outcome.Result!;
        return response switch
        {
            { IsSuccess: true } => AttemptOutcome.Succeeded,
            { StatusCode: HttpStatusCode.TooManyRequests } when !HubSpotExceptionFactory.IsDaily(HubSpotErrorReader.TryRead(response.Content.Span)) => AttemptOutcome.RateLimited,
            { StatusCode: HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError } => AttemptOutcome.Uncertain,
            _ => AttemptOutcome.Refused,
        };
    }

    /// <summary>Whether an attempt with this outcome may have been applied by HubSpot.</summary>
    public static bool MayHaveTakenEffect(AttemptOutcome outcome) => outcome is AttemptOutcome.Succeeded or AttemptOutcome.Uncertain;

    /// <summary>Whether <paramref name="exception"/> was raised before any byte of the request was written.</summary>
    /// <remarks>
    /// A bare <see cref="SocketException"/> counts: the HTTP client wraps every error on an open connection in an
    /// <see cref="IOException"/> or <see cref="HttpRequestException"/>, but lets one through unwrapped when the peer resets a
    /// connection it has just accepted, before the client has written anything.
    /// </remarks>
    public static bool IsConnectionSetupFailure(Exception exception) => exception is SocketException or HttpRequestException
    {
        HttpRequestError: HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError
            or HttpRequestError.ProxyTunnelError,
    };
}
