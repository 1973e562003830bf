namespace Spoke.RateLimiting;

/// <summary>The answer of <see cref="HubSpotBudgetStore.TryAcquireAsync"/>: a permit, or how long to wait for one.</summary>
public readonly record struct BudgetGrant
{
    private BudgetGrant(string? permitId, TimeSpan retryAfter)
    {
        PermitId = permitId;
        RetryAfter = retryAfter;
    }

    /// <summary>The permit's id, unique in its bucket; <see langword="null"/> when none was granted.</summary>
    public string? PermitId { get; }

    /// <summary>When no permit was granted, how long until the next held permit lapses; zero after a grant.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Whether a permit was granted.</summary>
    public bool IsGranted => PermitId is not null;

    /// <summary>A granted permit.</summary>
    /// <param name="permitId">Its id, unique in its bucket.</param>
    /// <returns>The grant.</returns>
    public static BudgetGrant Granted(string permitId)
    {
        ArgumentException.ThrowIfNullOrEmpty(permitId);
        return new BudgetGrant(permitId, TimeSpan.Zero);
    }

    /// <summary>No permit: every one is held.</summary>
    /// <param name="retryAfter">How long until the next held permit lapses (negative values count as zero).</param>
    /// <returns>The refusal.</returns>
    public static BudgetGrant Denied(TimeSpan retryAfter) => new(null, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);
}
