namespace Spoke.Webhooks;

/// <summary>
/// Remembers which events were handled, so a handler runs once per event despite duplicate deliveries and
/// retries. Implement it over a shared store (e.g. a database or cache) when several receivers run at once.
/// </summary>
public interface IWebhookIdempotencyStore
{
    /// <summary>
    /// Claims an event for handling. Returns <see langword="false"/> when it was already handled or another
    /// caller is handling it right now; the caller then skips it.
    /// </summary>
    /// <param name="key">The event's identity.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    ValueTask<bool> TryBeginAsync(WebhookEventKey key, CancellationToken cancellationToken = default);

    /// <summary>Records that a claimed event was handled, so later copies are skipped.</summary>
    /// <param name="key">The event's identity.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask CompleteAsync(WebhookEventKey key, CancellationToken cancellationToken = default);

    /// <summary>Releases a claimed event whose handler failed, so HubSpot's retry can handle it again.</summary>
    /// <param name="key">The event's identity.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    ValueTask AbandonAsync(WebhookEventKey key, CancellationToken cancellationToken = default);
}
