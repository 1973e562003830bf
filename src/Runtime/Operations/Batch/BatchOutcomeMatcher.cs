namespace Spoke.Batch;

/// <summary>
/// Maps the results and errors of one batch response back to the inputs of its chunk: by <c>objectWriteTraceId</c> first,
/// then by the id or unique value HubSpot echoes, then (creates only, which echo neither without a trace id) by position.
/// An input HubSpot said nothing about gets an explicit error instead of silently disappearing.
/// </summary>
internal static class BatchOutcomeMatcher
{
    private static readonly string[] ErrorIdContextKeys = ["objectWriteTraceId", "ids", "id"];

    /// <summary>Fills <paramref name="outcomes"/> for every input of <paramref name="chunk"/>.</summary>
    public static void Match<TInput, TRecord>(
        IReadOnlyList<BatchInputItem<TInput>> chunk,
        BatchResponse<TRecord> response,
        bool matchByPosition,
        BatchItemResult<TInput, TRecord>?[] outcomes,
        bool earlierAttemptMayHaveTakenEffect = false)
    {
        var byKey = new Dictionary<string, BatchInputItem<TInput>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in chunk)
        {
            if (item.TraceId is not null)
            {
                byKey.TryAdd(item.TraceId, item);
            }

            if (item.MatchKey is not null)
            {
                byKey.TryAdd(item.MatchKey, item);
            }
        }

        var positional = 0;
        foreach (var result in response.Results)
        {
            var item = Find(byKey, result.TraceId) ?? Find(byKey, result.UniqueValue) ?? Find(byKey, result.Id);
            if (item is null && matchByPosition)
            {
                item = NextUnresolved(chunk, outcomes, ref positional);
            }

            if (item is not null && outcomes[item.Index] is null)
            {
                outcomes[item.Index] = new BatchItemResult<TInput, TRecord>(
                    item.Index, item.Input, result.Record, null, result.IsNew is null ? null : UpsertOutcomes.From(result.IsNew, earlierAttemptMayHaveTakenEffect));
            }
        }

        var unassigned = new List<BatchItemError>();
        foreach (var error in response.Errors)
        {
            var matched = false;
            foreach (var key in ErrorIdContextKeys)
            {
                if (!error.Context.TryGetValue(key, out var values))
                {
                    continue;
                }

                foreach (var value in values)
                {
                    if (Find(byKey, value) is { } item && outcomes[item.Index] is null)
                    {
                        outcomes[item.Index] = new BatchItemResult<TInput, TRecord>(item.Index, item.Input, default, error);
                        matched = true;
                    }
                }
            }

            if (!matched)
            {
                unassigned.Add(error);
            }
        }

        foreach (var item in chunk)
        {
            outcomes[item.Index] ??= new BatchItemResult<TInput, TRecord>(item.Index, item.Input, default, unassigned.Count == 1
                ? unassigned[0]
                : new BatchItemError(BatchItemError.NoResult, null, DescribeMissing(unassigned), new Dictionary<string, IReadOnlyList<string>>()));
        }
    }

    /// <summary>Marks every input of a chunk with the same error (the chunk's request failed as a whole).</summary>
    public static void FailAll<TInput, TRecord>(IReadOnlyList<BatchInputItem<TInput>> chunk, BatchItemError error, BatchItemResult<TInput, TRecord>?[] outcomes)
    {
        foreach (var item in chunk)
        {
            outcomes[item.Index] = new BatchItemResult<TInput, TRecord>(item.Index, item.Input, default, error);
        }
    }

    private static BatchInputItem<TInput>? Find<TInput>(Dictionary<string, BatchInputItem<TInput>> byKey, string? key) =>
        key is not null && byKey.TryGetValue(key, out var item) ? item : null;

    private static BatchInputItem<TInput>? NextUnresolved<TInput, TRecord>(
        IReadOnlyList<BatchInputItem<TInput>> chunk, BatchItemResult<TInput, TRecord>?[] outcomes, ref int position)
    {
        while (position < chunk.Count)
        {
            var item = chunk[position++];
            if (outcomes[item.Index] is null)
            {
                return item;
            }
        }

        return null;
    }

    private static string DescribeMissing(List<BatchItemError> unassigned) => unassigned.Count == 0
        ? "HubSpot answered the batch without a result or an error for this input; read the record back to learn its state."
        : $"HubSpot answered the batch without a result for this input and reported {unassigned.Count} errors it did not tie to an input: "
          + string.Join(" | ", unassigned.Select(static error => error.ToString()));
}
