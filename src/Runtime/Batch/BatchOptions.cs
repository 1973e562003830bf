namespace Spoke.Batch;

/// <summary>How a batch operation over many records runs.</summary>
public sealed record BatchOptions
{
    /// <summary>The default number of chunk requests in flight at once.</summary>
    public const int DefaultMaxConcurrentRequests = 4;

    /// <summary>
    /// How many chunk requests of 100 inputs may be in flight at once (default 4). The client's rate limiter still
    /// paces every request, so a higher value only helps when HubSpot's latency, not the limit, is the bottleneck.
    /// </summary>
    public int MaxConcurrentRequests { get; init; } = DefaultMaxConcurrentRequests;

    /// <summary>Receives a <see cref="BatchProgress"/> after every chunk; null for none.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }
}
