using System.Collections;

namespace Spoke.Batch;

/// <summary>
/// The outcome of a batch operation: one <see cref="BatchItemResult{TInput, TRecord}"/> per input, in input order.
/// A batch never fails as a whole because one input is bad; look at <see cref="Failures"/>.
/// </summary>
/// <typeparam name="TInput">What the caller passed for each item.</typeparam>
/// <typeparam name="TRecord">The record type HubSpot returns.</typeparam>
public sealed class BatchResult<TInput, TRecord> : IReadOnlyList<BatchItemResult<TInput, TRecord>>
{
    private readonly BatchItemResult<TInput, TRecord>[] _items;

    internal BatchResult(BatchItemResult<TInput, TRecord>[] items) => _items = items;

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public BatchItemResult<TInput, TRecord> this[int index] => _items[index];

    /// <summary>Whether every input succeeded.</summary>
    public bool AllSucceeded => Array.TrueForAll(_items, static item => item.Succeeded);

    /// <summary>The records of the inputs that succeeded, in input order.</summary>
    public IEnumerable<TRecord> Records => _items.Where(static item => item.Succeeded).Select(static item => item.Record!);

    /// <summary>The inputs that failed, with their errors, in input order.</summary>
    public IEnumerable<BatchItemResult<TInput, TRecord>> Failures => _items.Where(static item => !item.Succeeded);

    /// <inheritdoc />
    public IEnumerator<BatchItemResult<TInput, TRecord>> GetEnumerator() => ((IEnumerable<BatchItemResult<TInput, TRecord>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
