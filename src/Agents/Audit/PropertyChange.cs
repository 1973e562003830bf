namespace Spoke.Agents.Audit;

/// <summary>One property a call wrote (or would write, in a dry run).</summary>
/// <param name="RecordId">The record, when known (not yet for a create).</param>
/// <param name="Property">The HubSpot property name.</param>
/// <param name="OldValue">The value before the call; <see langword="null"/> for creates or when it was not read.</param>
/// <param name="NewValue">The value written; an empty string clears the property.</param>
public sealed record PropertyChange(string? RecordId, string Property, string? OldValue, string? NewValue);
