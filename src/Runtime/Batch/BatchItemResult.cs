namespace Spoke.Batch;

/// <summary>The outcome of one input of a batch operation, mapped back to that input.</summary>
/// <typeparam name="TInput">What the caller passed for this item (an input record, or an id for reads).</typeparam>
/// <typeparam name="TRecord">The record type HubSpot returns.</typeparam>
/// <param name="Index">The position of <paramref name="Input"/> in the caller's sequence.</param>
/// <param name="Input">The caller's input.</param>
/// <param name="Record">The record HubSpot returned, or null when this input failed.</param>
/// <param name="Error">Why this input failed, or null when it succeeded.</param>
/// <param name="UpsertOutcome">
/// For upserts that succeeded: whether this call created the record, updated an existing one, or (after a lost answer and a
/// retry) may have done either; null for other operations and for failures.
/// </param>
public sealed record BatchItemResult<TInput, TRecord>(int Index, TInput Input, TRecord? Record, BatchItemError? Error, UpsertOutcome? UpsertOutcome = null)
{
    /// <summary>Whether this input succeeded.</summary>
    public bool Succeeded => Error is null;
}
