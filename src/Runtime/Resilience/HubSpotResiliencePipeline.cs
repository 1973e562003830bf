using Polly;

namespace Spoke.Resilience;

/// <summary>
/// Builds the pipeline every call runs through, outermost first: total timeout, retry, a limiter permit per attempt,
/// attempt timeout. The limiter sits inside the retry so retries are counted against HubSpot's limits, and outside the
/// attempt timeout so time spent queuing for a permit never times out an attempt that was not sent.
/// </summary>
internal static class HubSpotResiliencePipeline
{
    public static ResiliencePipeline<HubSpotResponse> Create(
        HubSpotClientOptions options,
        AttemptRateLimitStrategy attemptLimiter,
        Action<Polly.Retry.OnRetryArguments<HubSpotResponse>, string> onRetry)
    {
        var builder = new ResiliencePipelineBuilder<HubSpotResponse> { TimeProvider = options.TimeProvider };
        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.TotalTimeout);
        }

        if (options.Retry.MaxRetries > 0)
        {
            builder.AddRetry(HubSpotRetryStrategy.Create(options, onRetry));
        }

        return builder
            .AddStrategy(_ => attemptLimiter)
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}
