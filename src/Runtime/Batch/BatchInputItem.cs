namespace Spoke.Batch;

/// <summary>
/// One caller input inside a chunk, with the keys that map HubSpot's answer back to it. Each key lives in its own
/// namespace: a trace id is only ever compared with trace ids, a record id with record ids, a unique value with unique values.
/// </summary>
/// <param name="Index">Position in the caller's sequence.</param>
/// <param name="Input">The caller's input.</param>
/// <param name="TraceId">The <c>objectWriteTraceId</c> sent with a write (asks HubSpot for 207 partial results), or null for reads.</param>
/// <param name="RecordId">The record id (or association pair key) a result for this input carries, or null.</param>
/// <param name="UniqueValue">The unique property value a result for this input carries (an upsert, a read by <c>idProperty</c>), or null.</param>
/// <param name="ErrorIds">The ids HubSpot's errors name for this input (an association pair's two record ids); by default what it sent as its id.</param>
internal sealed record BatchInputItem<TInput>(
    int Index, TInput Input, string? TraceId, string? RecordId = null, string? UniqueValue = null, IReadOnlyList<string>? ErrorIds = null)
{
    /// <summary>What the input sent as its <c>id</c>: the record id, or the unique value of an upsert or a read by <c>idProperty</c>.</summary>
    public string? SentId => RecordId ?? UniqueValue;

    /// <summary>The ids that, in an error's <c>ids</c> context, mean the error is about this input.</summary>
    public IReadOnlyList<string> IdsNamedByErrors => ErrorIds ?? (SentId is { } id ? [id] : []);
}
