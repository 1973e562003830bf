namespace Spoke.RateLimiting;

/// <summary>
/// Where the permits of HubSpot's limits are counted. Every HTTP attempt takes one permit from a rolling-window
/// <see cref="BudgetBucket"/> (the burst bucket of a token, or its search bucket) and holds it for a time the client chooses;
/// the store grants a permit only while fewer than <see cref="BudgetBucket.Limit"/> are held. The default store counts in
/// this process; a shared store (for example <c>Spoke.Redis</c>'s) counts for every process and machine that uses it, so
/// together they keep to the limit HubSpot enforces per token or account.
/// </summary>
/// <remarks>
/// An implementation must take a permit atomically (no read-modify-write race between processes) and measure holds on one
/// clock for everyone who shares it. When a shared store throws, the client does not fail the call: it counts in the process
/// on a share of the limit (<see cref="ExpectedProcessCount"/>) until the store answers again.
/// </remarks>
public abstract class HubSpotBudgetStore
{
    /// <summary>Creates a store.</summary>
    protected HubSpotBudgetStore()
    {
    }

    /// <summary>
    /// How many processes are expected to share the store. While the store cannot be reached, each process keeps to the
    /// limit divided by this number (at least one request per window), so together they stay within it. Default 1.
    /// </summary>
    public virtual int ExpectedProcessCount => 1;

    /// <summary>Takes one permit of <paramref name="bucket"/> when fewer than its limit are held, and holds it for <paramref name="hold"/>.</summary>
    /// <param name="bucket">The bucket: its key (never a token; the client passes a hash) and its limit.</param>
    /// <param name="hold">How long, from now on the store's clock, the permit counts against the limit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The permit's id, or how long to wait until the next held permit lapses.</returns>
    public abstract ValueTask<BudgetGrant> TryAcquireAsync(BudgetBucket bucket, TimeSpan hold, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the hold of a permit whose request has finished: it then counts for <paramref name="hold"/> from the time it was
    /// granted, shorter than first asked when the request was quick, longer when it was held up. A permit that has already
    /// lapsed stays lapsed.
    /// </summary>
    /// <param name="bucket">The bucket the permit was taken from.</param>
    /// <param name="permitId">The id <see cref="TryAcquireAsync"/> returned.</param>
    /// <param name="hold">The new hold, measured from the grant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the hold is changed.</returns>
    public abstract ValueTask SetHoldAsync(BudgetBucket bucket, string permitId, TimeSpan hold, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records what HubSpot last reported of the daily quota (<c>X-HubSpot-RateLimit-Daily-Remaining</c>). The figure is
    /// kept for <paramref name="validFor"/>, after which the quota counts as unknown again until the next report.
    /// </summary>
    /// <param name="quotaKey">The quota's key (a hash of the token).</param>
    /// <param name="remaining">Requests left today, as HubSpot reported them.</param>
    /// <param name="validFor">How long the report stands.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the report is stored.</returns>
    public abstract ValueTask ReportDailyRemainingAsync(string quotaKey, long remaining, TimeSpan validFor, CancellationToken cancellationToken = default);

    /// <summary>Takes one request from the daily quota last reported, if a report stands.</summary>
    /// <param name="quotaKey">The quota's key (a hash of the token).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The requests left before this one was taken; <see langword="null"/> when no report stands. Zero or less means HubSpot
    /// will refuse the request with its <c>DAILY</c> policy.
    /// </returns>
    public abstract ValueTask<long?> TakeDailyAsync(string quotaKey, CancellationToken cancellationToken = default);
}
