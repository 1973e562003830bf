using System.Runtime.ExceptionServices;
using Spoke.Batch;
using Spoke.Http;

namespace Spoke;

/// <summary>The record an upsert wrote, and whether this call created it or updated an existing one.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Record">The record as HubSpot now holds it.</param>
/// <param name="Outcome">
/// Whether this call created the record or updated an existing one; <see cref="UpsertOutcome.CreatedOrUpdated"/> when an
/// earlier attempt whose answer was lost may have created it.
/// </param>
public sealed record UpsertResult<T>(T Record, UpsertOutcome Outcome)
{
    /// <summary>The result of a one-input batch upsert, or the exception of its failure.</summary>
    internal static UpsertResult<T> From<TInput>(BatchItemResult<TInput, T> item)
    {
        if (item.Error is { Exception: { } exception })
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        if (item.Error is { } error)
        {
            // HubSpot answered without refusing the request; the input's own error says what the single-record endpoint would
            // have answered. An answer that holds neither a result nor an error may have been applied.
            var noResult = error.Category == BatchItemError.NoResult;
            throw new HubSpotException(BatchErrorStatus.For(error.Category, noResult ? 200 : 400), $"HubSpot refused the upsert: {error}")
            {
                Category = error.Category,
                SubCategory = error.SubCategory,
                ServiceMessage = error.Message,
                Context = error.Context,
                ExistingObjectId = HubSpotExceptionFactory.ExistingObjectId(error.Message),
                MayHaveTakenEffect = noResult,
            };
        }

        return new UpsertResult<T>(item.Record!, item.UpsertOutcome ?? UpsertOutcome.CreatedOrUpdated);
    }
}
