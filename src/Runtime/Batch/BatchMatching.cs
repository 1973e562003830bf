namespace Spoke.Batch;

/// <summary>How the answers of one kind of batch operation are mapped back to its inputs.</summary>
/// <typeparam name="TInput">What the caller passed for each item.</typeparam>
/// <typeparam name="TRecord">What HubSpot returns for each item.</typeparam>
internal sealed record BatchMatching<TInput, TRecord>
{
    /// <summary>Matching for writes whose inputs each name a different record or value (updates, upserts).</summary>
    public static BatchMatching<TInput, TRecord> Distinct { get; } = new();

    /// <summary>
    /// Matching for operations where inputs naming the same record share its answer: a read of one id twice, one pair linked
    /// twice. For writes, two inputs with one key and no trace id to tell them apart are left without a result instead.
    /// </summary>
    public static BatchMatching<TInput, TRecord> Shared { get; } = new() { SharedKeys = true };

    /// <summary>Whether inputs with the same record id or unique value share one answer.</summary>
    public bool SharedKeys { get; init; }

    /// <summary>
    /// For creates, whose results carry no key of the input's: when HubSpot echoes no trace id, results may be paired with
    /// the inputs left by position, but only if there are as many of each and every pair passes this check.
    /// </summary>
    public Func<TInput, TRecord, bool>? PositionalCheck { get; init; }
}
