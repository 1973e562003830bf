namespace Spoke.Cli.Schema.Fetching;

/// <summary>How often and how long to wait before asking HubSpot again after a 429, a 5xx or a lost connection.</summary>
/// <param name="MaxRetries">Retries after the first attempt.</param>
/// <param name="BaseDelay">The first back-off; each retry doubles it. A 429's <c>Retry-After</c> wins when present.</param>
/// <param name="MaxDelay">The longest single wait, including one asked for by <c>Retry-After</c>.</param>
internal sealed record RetrySchedule(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <summary>Three retries at 1 s, 2 s and 4 s: HubSpot's ten-second burst window has room again by the last one.</summary>
    public static RetrySchedule Default { get; } = new(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan DelayBefore(int retry, TimeSpan? retryAfter)
    {
        var delay = retryAfter ?? BaseDelay * Math.Pow(2, retry - 1);
        return delay > MaxDelay ? MaxDelay : delay;
    }
}
