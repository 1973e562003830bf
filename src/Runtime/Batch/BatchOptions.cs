namespace Spoke.Batch;

/// <summary>How a batch operation over many records runs.</summary>
public sealed record BatchOptions
{
    /// <summary>
    /// The most chunk requests in flight at once; <see langword="null"/> (the default) for no cap. Either way the client keeps
    /// as many in flight as the rate limit times the measured latency of the requests (Little's law), so the whole budget is
    /// used whether HubSpot answers in 20 ms or in 2 s; this only caps that, for example to spare a slow downstream. The rate
    /// limiter paces every request whatever the value.
    /// </summary>
    public int? MaxConcurrentRequests { get; init; }

    /// <summary>Receives a <see cref="BatchProgress"/> after every chunk; null for none.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }
}
