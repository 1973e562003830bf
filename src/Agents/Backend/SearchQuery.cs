namespace Spoke.Agents.Backend;

/// <summary>A validated CRM search, in HubSpot's terms.</summary>
internal sealed record SearchQuery(
    string? Query,
    IReadOnlyList<IReadOnlyList<SearchFilter>> FilterGroups,
    IReadOnlyList<SearchSort> Sorts,
    IReadOnlyList<string> Properties,
    int Limit,
    int After);

/// <summary>One filter: <c>{propertyName, operator, value | values | highValue}</c>.</summary>
internal sealed record SearchFilter(string PropertyName, string Operator, string? Value, string? HighValue, IReadOnlyList<string>? Values);

/// <summary>One sort rule.</summary>
internal sealed record SearchSort(string PropertyName, bool Descending);

/// <summary>One page of search results.</summary>
internal sealed record SearchPage(int Total, IReadOnlyList<CrmRecord> Results, string? NextAfter);
