namespace Spoke.Batch;

/// <summary>
/// Maps the results and errors of one batch response back to the inputs of its chunk. Each key is looked up in its own
/// namespace, never in another's: the <c>objectWriteTraceId</c> first, then the record id, then the unique property's value;
/// errors by their <c>objectWriteTraceId</c> context, then by the ids they name. Creates, which echo no key of the input's,
/// fall back to position only when the counts agree and every pair passes the operation's check. Whatever cannot be
/// attributed is never given to a guessed input: such inputs get an explicit <see cref="BatchItemError.NoResult"/> error
/// that lists what HubSpot said without saying for whom.
/// </summary>
internal static class BatchOutcomeMatcher
{
    private static readonly string[] ErrorIdContextKeys = ["ids", "id", "names", "name"];

    /// <summary>Fills <paramref name="outcomes"/> for every input of <paramref name="chunk"/>.</summary>
    /// <param name="chunk">The inputs sent in one request.</param>
    /// <param name="response">HubSpot's parsed answer.</param>
    /// <param name="matching">How this operation's answers map back.</param>
    /// <param name="outcomes">The outcome of every input of the operation, by index.</param>
    /// <param name="earlierAttemptMayHaveTakenEffect">Whether an earlier attempt of the request may have been applied (for upserts' outcome).</param>
    public static void Match<TInput, TRecord>(
        IReadOnlyList<BatchInputItem<TInput>> chunk,
        BatchResponse<TRecord> response,
        BatchMatching<TInput, TRecord> matching,
        BatchItemResult<TInput, TRecord>?[] outcomes,
        bool earlierAttemptMayHaveTakenEffect = false)
    {
        var keys = new ChunkKeys<TInput>(chunk);
        var unattributed = new List<BatchResultEntry<TRecord>>();
        foreach (var result in response.Results)
        {
            var candidates = keys.ForResult(result);
            var unresolved = candidates.Where(item => outcomes[item.Index] is null).ToList();
            if (candidates.Count == 0 || (unresolved.Count > 1 && !matching.SharedKeys))
            {
                unattributed.Add(result);
                continue;
            }

            var outcome = result.IsNew is null ? (UpsertOutcome?)null : UpsertOutcomes.From(result.IsNew, earlierAttemptMayHaveTakenEffect);
            foreach (var item in unresolved)
            {
                outcomes[item.Index] = new BatchItemResult<TInput, TRecord>(item.Index, item.Input, result.Record, null, outcome);
            }
        }

        var unassigned = new List<BatchItemError>();
        foreach (var error in response.Errors)
        {
            var unresolved = keys.ForError(error).Where(item => outcomes[item.Index] is null).ToList();
            if (unresolved.Count == 0)
            {
                unassigned.Add(error);
            }

            foreach (var item in unresolved)
            {
                outcomes[item.Index] = new BatchItemResult<TInput, TRecord>(item.Index, item.Input, default, error);
            }
        }

        var left = chunk.Where(item => outcomes[item.Index] is null).ToList();
        if (matching.PositionalCheck is { } check && unassigned.Count == 0 && response.Results.All(static result => result.TraceId is null))
        {
            PairByPosition(left, unattributed, check, outcomes);
        }
        else if (left.Count == 1 && unassigned.Count == 1 && unattributed.Count == 0)
        {
            // The only error HubSpot did not tie to an input, and the only input without an answer.
            outcomes[left[0].Index] = new BatchItemResult<TInput, TRecord>(left[0].Index, left[0].Input, default, unassigned[0]);
        }

        foreach (var item in chunk)
        {
            outcomes[item.Index] ??= new BatchItemResult<TInput, TRecord>(item.Index, item.Input, default, Missing(unattributed.Count, unassigned));
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

    private static void PairByPosition<TInput, TRecord>(
        List<BatchInputItem<TInput>> left, List<BatchResultEntry<TRecord>> unattributed, Func<TInput, TRecord, bool> check, BatchItemResult<TInput, TRecord>?[] outcomes)
    {
        if (left.Count != unattributed.Count || !left.Zip(unattributed).All(pair => check(pair.First.Input, pair.Second.Record)))
        {
            return;
        }

        foreach (var (item, result) in left.Zip(unattributed))
        {
            outcomes[item.Index] = new BatchItemResult<TInput, TRecord>(item.Index, item.Input, result.Record, null);
        }

        unattributed.Clear();
    }

    private static BatchItemError Missing(int unattributedResults, List<BatchItemError> unassigned)
    {
        var message = "HubSpot answered the batch without a result or an error it tied to this input";
        if (unattributedResults > 0)
        {
            message += $"; it returned {unattributedResults} result{(unattributedResults == 1 ? "" : "s")} that could not be told apart by trace id, record id or unique value";
        }

        if (unassigned.Count > 0)
        {
            message += $"; it reported {unassigned.Count} error{(unassigned.Count == 1 ? "" : "s")} without naming an input: "
                + string.Join(" | ", unassigned.Select(static error => error.ToString()));
        }

        return new BatchItemError(BatchItemError.NoResult, null, message + ". Read the record back to learn its state.", HubSpotException.EmptyContext);
    }

    /// <summary>The inputs of one chunk indexed by each key, one dictionary per namespace.</summary>
    private sealed class ChunkKeys<TInput>
    {
        private readonly Dictionary<string, BatchInputItem<TInput>> _byTraceId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<BatchInputItem<TInput>>> _byRecordId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<BatchInputItem<TInput>>> _byUniqueValue = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<BatchInputItem<TInput>>> _byUniqueValueIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<BatchInputItem<TInput>>> _byIdNamedInErrors = new(StringComparer.Ordinal);

        public ChunkKeys(IReadOnlyList<BatchInputItem<TInput>> chunk)
        {
            foreach (var item in chunk)
            {
                if (item.TraceId is not null)
                {
                    _byTraceId.TryAdd(item.TraceId, item);
                }

                Add(_byRecordId, item.RecordId, item);
                Add(_byUniqueValue, item.UniqueValue, item);
                Add(_byUniqueValueIgnoringCase, item.UniqueValue, item);
                foreach (var id in item.IdsNamedByErrors)
                {
                    Add(_byIdNamedInErrors, id, item);
                }
            }
        }

        /// <summary>The inputs a result belongs to: by trace id, else record id, else unique value (exactly, then ignoring case, as HubSpot lowercases emails).</summary>
        public IReadOnlyList<BatchInputItem<TInput>> ForResult<TRecord>(BatchResultEntry<TRecord> result) =>
            result.TraceId is not null && _byTraceId.TryGetValue(result.TraceId, out var traced) ? [traced]
            : Find(_byRecordId, result.Id) ?? Find(_byUniqueValue, result.UniqueValue) ?? Find(_byUniqueValueIgnoringCase, result.UniqueValue) ?? [];

        /// <summary>The inputs an error belongs to: by the trace ids in its context, else by the ids it names.</summary>
        public IReadOnlyList<BatchInputItem<TInput>> ForError(BatchItemError error)
        {
            if (error.Context.TryGetValue("objectWriteTraceId", out var traceIds))
            {
                var traced = traceIds.Select(traceId => _byTraceId.GetValueOrDefault(traceId)).OfType<BatchInputItem<TInput>>().ToList();
                if (traced.Count > 0)
                {
                    return traced;
                }
            }

            return [.. ErrorIdContextKeys
                .SelectMany(key => error.Context.TryGetValue(key, out var ids) ? ids : [])
                .SelectMany(id => Find(_byIdNamedInErrors, id) ?? [])
                .Distinct()];
        }

        private static void Add(Dictionary<string, List<BatchInputItem<TInput>>> index, string? key, BatchInputItem<TInput> item)
        {
            if (key is null)
            {
                return;
            }

            if (!index.TryGetValue(key, out var items))
            {
                index[key] = items = [];
            }

            items.Add(item);
        }

        private static List<BatchInputItem<TInput>>? Find(Dictionary<string, List<BatchInputItem<TInput>>> index, string? key) =>
            key is not null && index.TryGetValue(key, out var items) ? items : null;
    }
}
