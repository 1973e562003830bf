namespace Spoke.Batch;

/// <summary>The outcome of one input of a batch operation, mapped back to that input.</summary>
/// <typeparam name="TInput">What the caller passed for this item (an input record, or an id for reads).</typeparam>
/// <typeparam name="TRecord">The record type HubSpot returns.</typeparam>
/// <param name="Index">The position of <paramref name="Input"/> in the caller's sequence.</param>
/// <param name="Input">The caller's input.</param>
/// <param name="Record">The record HubSpot returned, or null when this input failed.</param>
/// <param name="Error">Why this input failed, or null when it succeeded.</param>
/// <param name="Created">For upserts: true when HubSpot created the record, false when it updated one; null otherwise.</param>
public sealed record BatchItemResult<TInput, TRecord>(int Index, TInput Input, TRecord? Record, BatchItemError? Error, bool? Created = null)
{
    /// <summary>Whether this input succeeded.</summary>
    public bool Succeeded => Error is null;
}
