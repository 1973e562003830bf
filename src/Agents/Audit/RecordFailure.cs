namespace Spoke.Agents.Audit;

/// <summary>One record (or association) of a call that HubSpot refused while the call went on with the others.</summary>
/// <param name="RecordId">The record as the call named it: an upsert's id value, or <c>companies/5</c> for an association.</param>
/// <param name="Message">HubSpot's reason.</param>
public sealed record RecordFailure(string RecordId, string Message);
