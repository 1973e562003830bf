using Spoke.Agents.Audit;

namespace Spoke.Agents.Backend;

/// <summary>One input of an upsert: the value of the id property and the properties to set.</summary>
internal sealed record UpsertInput(string Id, IReadOnlyDictionary<string, string?> Properties);

/// <summary>What an upsert did: the records written, and the inputs HubSpot rejected with its reason.</summary>
internal sealed record UpsertOutcome(IReadOnlyList<CrmObject> Records, IReadOnlyList<RecordFailure> Failures);
