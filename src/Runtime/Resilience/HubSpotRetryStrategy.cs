using Polly.Retry;
using Polly;

namespace Spoke.Resilience;

/// <summary>
/// Polly retry options for HubSpot: the <see cref="RetryClassifier"/> rules, <c>Retry-After</c> plus a small pad when
/// HubSpot sends it, otherwise exponential backoff with jitter; a wait that would overrun the total timeout is not
/// started, so the caller hears at once.
/// </summary>
internal static class HubSpotRetryStrategy
{
    public static RetryStrategyOptions<HubSpotResponse> Create(HubSpotClientOptions options, Action<OnRetryArguments<HubSpotResponse>, string> onRetry)
    {
        // Copied, so changing the options after the client is built does not change its behaviour.
        var padding = options.Retry.RetryAfterPadding;
        var totalTimeout = options.TotalTimeout;
        var timeProvider = options.TimeProvider;
        return new RetryStrategyOptions<HubSpotResponse>
        {
            MaxRetryAttempts = options.Retry.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.Retry.BaseDelay,
            MaxDelay = options.Retry.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, padding, totalTimeout, timeProvider)),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter + padding),
            OnRetry = args =>
            {
                var state = SendState.From(args.Context);
                onRetry(args, RetryClassifier.RetryReason(args.Outcome, state.LastOutcome, state.Request.Kind) ?? "unknown");
                return ValueTask.CompletedTask;
            },
        };
    }

    private static bool ShouldRetry(
        Outcome<HubSpotResponse> outcome,
        ResilienceContext context,
        TimeSpan retryAfterPadding,
        TimeSpan totalTimeout,
        TimeProvider timeProvider)
    {
        var state = SendState.From(context);
        if (RetryClassifier.RetryReason(outcome, state.LastOutcome, state.Request.Kind) is null)
        {
            return false;
        }

        if (outcome.Result?.RetryAfter is not { } retryAfter || totalTimeout == Timeout.InfiniteTimeSpan)
        {
            return true;
        }

        var remaining = totalTimeout - timeProvider.GetElapsedTime(state.StartedAt);
        return retryAfter + retryAfterPadding < remaining;
    }
}
