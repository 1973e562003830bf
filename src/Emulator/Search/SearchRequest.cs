namespace Spoke.Emulator.Search;

/// <summary>A validated <c>PublicObjectSearchRequest</c>.</summary>
internal sealed record SearchRequest(
    IReadOnlyList<IReadOnlyList<SearchFilter>> FilterGroups,
    SearchSort? Sort,
    string? Query,
    IReadOnlyList<string>? Properties,
    int Limit,
    int After);

/// <summary>The single sort rule a search allows.</summary>
internal sealed record SearchSort(Schema.PropertyDefinition Property, bool Descending);
