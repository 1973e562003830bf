using System.Collections.Frozen;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Polly.Retry;
using Polly.Timeout;
using Polly;
using Spoke.Authentication;
using Spoke.Resilience;
using Spoke.Telemetry;

namespace Spoke.Http;

/// <summary>
/// Runs a <see cref="HubSpotRequest"/> through the resilience pipeline, sends each attempt with the bearer token, and
/// turns the final outcome into a response or a <see cref="HubSpotException"/>, reporting to logs, traces and metrics.
/// </summary>
internal sealed class HubSpotTransport
{
    private readonly HttpClient _httpClient;
    private readonly Uri _baseAddress;
    private readonly string _serverAddress;
    private readonly IAccessTokenSource _tokenSource;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _totalTimeout;
    private readonly RateLimitBudget _budget;
    private readonly ResiliencePipeline<HubSpotResponse> _pipeline;
    private readonly ILogger _logger;
    private readonly FrozenSet<string> _loggedHeaderNames;

    public HubSpotTransport(HttpClient httpClient, HubSpotClientOptions options, IAccessTokenSource tokenSource, ILogger logger)
    {
        _httpClient = httpClient;
        _baseAddress = options.BaseAddress;
        _serverAddress = options.BaseAddress.Host;
        _tokenSource = tokenSource;
        _timeProvider = options.TimeProvider;
        _totalTimeout = options.TotalTimeout;
        _logger = logger;
        _loggedHeaderNames = options.LoggedHeaderNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _budget = RateLimitBudgets.For(tokenSource.RateLimitPartition, options, logger);
        _pipeline = HubSpotResiliencePipeline.Create(
            options,
            new AttemptRateLimitStrategy(_budget, OnPermit, OnAttempt),
            OnRetry);
    }

    /// <summary>How many requests of <paramref name="kind"/> to have started to use the whole rate-limit budget.</summary>
    public ConcurrencyAdvice ConcurrencyFor(RequestKind kind) => _budget.ConcurrencyFor(kind);

    /// <summary>Sends the request, retrying where safe, and returns HubSpot's accepted response.</summary>
    public async Task<HubSpotResponse> SendAsync(HubSpotRequest request, CancellationToken cancellationToken = default)
    {
        using var activity = TransportTelemetry.ActivitySource.StartActivity($"HubSpot {request.Method.Method}", ActivityKind.Client);
        activity?.SetTag("server.address", _serverAddress);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("url.path", request.Path);
        activity?.SetTag("spoke.request.kind", request.Kind.ToString());

        var state = new SendState(request, _timeProvider.GetTimestamp());
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(SendState.Key, state);
        try
        {
            var response = await _pipeline
                .ExecuteAsync(static (context, transport) => transport.SendAttemptAsync(context), context, this)
                .ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            activity?.SetTag("hubspot.correlation_id", response.CorrelationId);
            activity?.SetTag("spoke.attempts", state.Attempts);
            return response.IsSuccess
                ? Succeeded(state, response)
                : throw Failed(state, activity, HubSpotExceptionFactory.FromResponse(request, response, state.MayHaveTakenEffect));
        }
        catch (Exception exception) when (TransportFailure(state, exception, cancellationToken) is { } failure)
        {
            throw Failed(state, activity, failure);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HubSpotResponse> SendAttemptAsync(ResilienceContext context)
    {
        var state = SendState.From(context);
        var cancellationToken = context.CancellationToken;
        var token = await _tokenSource.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        using var message = HttpRequestMessageFactory.Create(_baseAddress, state.Request, token);
        state.HandedToHttpClient = true;
        try
        {
            using var response = await _httpClient
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            if (_logger.IsEnabled(LogLevel.Trace))
            {
                TransportLog.ResponseHeaders(_logger, state.Request.Method.Method, state.Request.Path, HeaderRedactor.Format(response, _loggedHeaderNames));
            }

            var read = await HubSpotResponseReader.ReadAsync(response, _timeProvider, cancellationToken).ConfigureAwait(false);
            return read.IsSuccess ? read : read.WithContent(TokenScrubber.Scrub(read.Content, token));
        }
        catch (Exception exception) when (TokenScrubber.Reveals(exception, token))
        {
            throw TokenScrubber.Scrub(exception, token);
        }
    }

    private HubSpotResponse Succeeded(SendState state, HubSpotResponse response)
    {
        response.EarlierAttemptMayHaveTakenEffect = state.EarlierAttemptMayHaveTakenEffect;
        var elapsed = _timeProvider.GetElapsedTime(state.StartedAt);
        TransportTelemetry.RecordCall(_serverAddress, state.Request, elapsed, "success");
        TransportLog.CallSucceeded(_logger, state.Request.Method.Method, state.Request.Path, (int)response.StatusCode, elapsed.TotalMilliseconds, state.Attempts, response.CorrelationId);
        return response;
    }

    private HubSpotException Failed(SendState state, Activity? activity, HubSpotException failure)
    {
        var outcome = failure.Status > 0 ? failure.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no_response";
        TransportTelemetry.RecordCall(_serverAddress, state.Request, _timeProvider.GetElapsedTime(state.StartedAt), outcome);
        var level = failure.Status is 0 or (int)HttpStatusCode.TooManyRequests or >= (int)HttpStatusCode.InternalServerError ? LogLevel.Warning : LogLevel.Debug;
        TransportLog.CallFailed(_logger, level, state.Request.Method.Method, state.Request.Path, state.Attempts, failure.Message);
        activity?.SetTag("error.type", outcome);
        activity?.SetStatus(ActivityStatusCode.Error, failure.Category ?? outcome);
        return failure;
    }

    private HubSpotException? TransportFailure(SendState state, Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var reason = exception switch
        {
            TimeoutRejectedException timeout when timeout.Timeout == _totalTimeout => $"no answer within the total timeout of {_totalTimeout}",
            TimeoutRejectedException timeout => $"the attempt timed out after {timeout.Timeout}",
            OperationCanceledException { InnerException: TimeoutException } => "HttpClient.Timeout elapsed (the client sets its own timeouts; leave HttpClient.Timeout infinite)",
            HttpRequestException or IOException or SocketException when !state.HandedToHttpClient => $"the token provider could not get an access token ({exception.Message})",
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => $"the host name could not be resolved ({exception.Message})",
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } or SocketException => $"the connection could not be opened ({exception.Message})",
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => $"the TLS handshake failed ({exception.Message})",
            HttpRequestException { HttpRequestError: HttpRequestError.ProxyTunnelError } => $"the proxy refused to open a tunnel ({exception.Message})",
            HttpRequestException or IOException => $"the connection broke before the whole answer arrived ({exception.Message})",
            _ => null,
        };
        return reason is null ? null : HubSpotExceptionFactory.FromTransportFailure(state.Request, exception, state.Attempts, reason, state.MayHaveTakenEffect);
    }

    private void OnPermit(SendState state, TimeSpan waited)
    {
        TransportTelemetry.RecordLimiterWait(_serverAddress, state.Request.Kind, waited);
        if (waited > TimeSpan.Zero)
        {
            TransportLog.LimiterWaited(_logger, state.Request.Method.Method, state.Request.Path, waited.TotalMilliseconds);
        }
    }

    private void OnAttempt(SendState state, Outcome<HubSpotResponse> outcome)
    {
        var response = outcome.Result;
        TransportTelemetry.RecordAttempt(_serverAddress, state.Request, response?.StatusCode, outcome.Exception?.GetType().Name);
        if (response?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var policyName = HubSpotErrorReader.TryRead(response.Content.Span)?.PolicyName;
            TransportTelemetry.RecordRateLimited(_serverAddress, policyName);
            TransportLog.RateLimited(_logger, policyName, state.Request.Method.Method, state.Request.Path, response.RetryAfter, response.CorrelationId);
        }
    }

    private void OnRetry(OnRetryArguments<HubSpotResponse> arguments, string reason)
    {
        var state = SendState.From(arguments.Context);
        TransportTelemetry.RecordRetry(_serverAddress, reason);
        Activity.Current?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection { ["spoke.retry.reason"] = reason, ["spoke.attempt"] = state.Attempts }));
        TransportLog.RetryScheduled(_logger, state.Request.Method.Method, state.Request.Path, state.Attempts, reason, arguments.RetryDelay.TotalMilliseconds);
    }
}
