namespace Spoke.Batch;

/// <summary>One record to change in a batch update: its id and the properties to set (null clears).</summary>
/// <typeparam name="TInput">The input type: a generated input, or <see cref="CrmObjectInput"/>.</typeparam>
/// <param name="Id">The record id.</param>
/// <param name="Input">The properties to change.</param>
public sealed record RecordUpdate<TInput>(string Id, TInput Input);
