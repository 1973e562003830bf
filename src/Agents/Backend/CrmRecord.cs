namespace Spoke.Agents.Backend;

/// <summary>A HubSpot record as the tools return it: id, property values as wire strings, timestamps.</summary>
internal sealed record CrmRecord(
    string Id,
    IReadOnlyDictionary<string, string?> Properties,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    bool Archived);
