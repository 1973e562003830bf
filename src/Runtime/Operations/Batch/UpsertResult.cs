using System.Runtime.ExceptionServices;

namespace Spoke.Batch;

/// <summary>The record an upsert wrote, and whether this call created it or updated an existing one.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Record">The record as HubSpot now holds it.</param>
/// <param name="Outcome">
/// Whether this call created the record or updated an existing one; <see cref="UpsertOutcome.CreatedOrUpdated"/> when an
/// earlier attempt whose answer was lost may have created it.
/// </param>
public sealed record UpsertResult<T>(T Record, UpsertOutcome Outcome)
{
    internal static UpsertResult<T> From<TInput>(BatchItemResult<TInput, T> item)
    {
        if (item.Error is { Exception: { } exception })
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        if (item.Error is { } error)
        {
            throw new HubSpotException($"HubSpot refused the upsert: {error}")
            {
                Category = error.Category,
                SubCategory = error.SubCategory,
                ServiceMessage = error.Message,
                Context = error.Context,
            };
        }

        return new UpsertResult<T>(item.Record!, item.UpsertOutcome ?? UpsertOutcome.CreatedOrUpdated);
    }
}
