using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Spoke.Webhooks.Events;
using Spoke.Webhooks.Idempotency;
using Spoke.Webhooks.Parsing;
using Spoke.Webhooks.Verification;

namespace Spoke.Webhooks.Receiving;

/// <summary>
/// The whole receiving pipeline, free of any web framework: verify the signature, parse the events, skip copies of
/// events already handled, and run the handler once per event. A host only copies the request in and the status out.
/// Thread-safe: build one per app.
/// </summary>
public sealed partial class HubSpotWebhookReceiver
{
    private readonly HubSpotWebhookVerifier _verifier;
    private readonly IWebhookIdempotencyStore _idempotencyStore;
    private readonly ILogger _logger;

    /// <summary>Creates a receiver.</summary>
    /// <param name="options">The client secrets and replay window.</param>
    /// <param name="idempotencyStore">Where handled events are remembered; a new <see cref="InMemoryWebhookIdempotencyStore"/> by default.</param>
    /// <param name="timeProvider">The clock for the replay window; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="logger">Where refused deliveries and failed handlers are logged.</param>
    public HubSpotWebhookReceiver(
        WebhookVerifierOptions options,
        IWebhookIdempotencyStore? idempotencyStore = null,
        TimeProvider? timeProvider = null,
        ILogger<HubSpotWebhookReceiver>? logger = null)
    {
        _verifier = new HubSpotWebhookVerifier(options, timeProvider);
        _idempotencyStore = idempotencyStore ?? new InMemoryWebhookIdempotencyStore(timeProvider: timeProvider);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Receives one delivery. Refused deliveries never reach <paramref name="handler"/>.</summary>
    /// <param name="request">The request as received.</param>
    /// <param name="handler">Runs once per new event.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted; events not yet handled are left for HubSpot's retry.</param>
    public async Task<WebhookReceiveResult> ReceiveAsync(WebhookRequest request, WebhookEventHandler handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);

        var verification = _verifier.Verify(request);
        if (!verification.IsValid)
        {
            LogRefused(verification.Failure, verification.Message);
            return new WebhookReceiveResult(WebhookReceiveStatus.Unauthorized, verification.Message) { VerificationFailure = verification.Failure };
        }

        IReadOnlyList<WebhookEvent> events;
        try
        {
            events = WebhookEventParser.Parse(request.Body.Span);
        }
        catch (WebhookPayloadException exception)
        {
            LogMalformed(exception.Message);
            return new WebhookReceiveResult(WebhookReceiveStatus.MalformedPayload, exception.Message);
        }

        var handled = 0;
        var duplicates = 0;
        var failed = 0;
        foreach (var webhookEvent in events)
        {
            var key = webhookEvent.Key;
            if (!await _idempotencyStore.TryBeginAsync(key, cancellationToken).ConfigureAwait(false))
            {
                duplicates++;
                continue;
            }

            try
            {
                await handler(webhookEvent, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed++;
                LogHandlerFailed(exception, webhookEvent.SubscriptionType, webhookEvent.EventId, webhookEvent.ObjectId);
                await _idempotencyStore.AbandonAsync(key, CancellationToken.None).ConfigureAwait(false);
                continue;
            }
            catch (OperationCanceledException)
            {
                await _idempotencyStore.AbandonAsync(key, CancellationToken.None).ConfigureAwait(false);
                throw;
            }

            await _idempotencyStore.CompleteAsync(key, CancellationToken.None).ConfigureAwait(false);
            handled++;
        }

        return new WebhookReceiveResult(
            failed == 0 ? WebhookReceiveStatus.Accepted : WebhookReceiveStatus.HandlerFailed,
            failed == 0 ? null : $"{failed} of {events.Count} events failed in the handler; HubSpot retries the delivery and the events already handled are skipped.")
        {
            EventCount = events.Count,
            HandledCount = handled,
            DuplicateCount = duplicates,
            FailedCount = failed,
        };
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Refused a HubSpot webhook delivery ({Failure}): {Reason}")]
    private partial void LogRefused(WebhookVerificationFailure failure, string? reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refused a malformed HubSpot webhook delivery: {Reason}")]
    private partial void LogMalformed(string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "The handler failed for {SubscriptionType} event {EventId} on object {ObjectId}; HubSpot will retry it")]
    private partial void LogHandlerFailed(Exception exception, string subscriptionType, long eventId, long? objectId);
}
