namespace Spoke;

/// <summary>
/// How the client repeats a request that failed for a passing reason. A 429 is always retried (HubSpot did not process
/// the request); a 5xx, timeout or dropped connection only for requests that are safe to repeat.
/// </summary>
public sealed class HubSpotRetryOptions
{
    /// <summary>The most retries after the first attempt; 0 turns retrying off. Default 5.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The median delay before the first retry, doubled on each further retry, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest computed backoff delay. Default 30 s. A longer <c>Retry-After</c> is honoured if it fits the total timeout.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Added to every <c>Retry-After</c>, because timers can fire a few milliseconds early. Default 100 ms.</summary>
    public TimeSpan RetryAfterPadding { get; set; } = TimeSpan.FromMilliseconds(100);
}
