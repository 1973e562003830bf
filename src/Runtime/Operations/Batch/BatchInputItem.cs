namespace Spoke.Batch;

/// <summary>One caller input inside a chunk, with the keys that map HubSpot's answer back to it.</summary>
/// <param name="Index">Position in the caller's sequence.</param>
/// <param name="Input">The caller's input.</param>
/// <param name="TraceId">The <c>objectWriteTraceId</c> sent with a write (asks HubSpot for 207 partial results), or null for reads.</param>
/// <param name="MatchKey">The record id or unique value HubSpot will echo for this input, or null when it echoes neither.</param>
internal sealed record BatchInputItem<TInput>(int Index, TInput Input, string? TraceId, string? MatchKey);
