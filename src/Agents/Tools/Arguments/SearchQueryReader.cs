using System.Globalization;
using System.Text.Json;
using Spoke.Agents.Backend;
using Spoke.Agents.Tools.Results;

namespace Spoke.Agents.Tools.Arguments;

/// <summary>Reads and checks search arguments against HubSpot's limits before anything is sent.</summary>
internal static class SearchQueryReader
{
    public const int DefaultLimit = 10;

    /// <summary>The 13 filter operators HubSpot's search accepts.</summary>
    public static IReadOnlyList<string> Operators { get; } =
        ["EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"];

    public static IReadOnlyList<string> Directions { get; } = ["ASCENDING", "DESCENDING"];

    public static SearchQuery Read(ToolArguments arguments)
    {
        var query = arguments.OptionalString("query");
        if (query is { Length: > HubSpotLimits.MaxSearchQueryLength })
        {
            throw ToolCallException.Invalid($"'query' has {query.Length} characters; HubSpot allows at most {HubSpotLimits.MaxSearchQueryLength}. Shorten it or use filterGroups.");
        }

        var limit = arguments.OptionalInt("limit", DefaultLimit, 1, HubSpotLimits.MaxSearchPageSize);
        var after = arguments.OptionalInt("after", 0, 0, int.MaxValue);
        if (after + limit > HubSpotLimits.MaxSearchResults)
        {
            throw ToolCallException.Invalid(HubSpotErrorAdvice.SearchDepthAdvice);
        }

        var groups = ReadFilterGroups(arguments.Element("filterGroups"));
        var sorts = ReadSorts(arguments.Element("sorts"));
        return new SearchQuery(query, groups, sorts, arguments.StringList("properties"), limit, after);
    }

    private static List<IReadOnlyList<SearchFilter>> ReadFilterGroups(JsonElement? element)
    {
        if (element is not { } groups)
        {
            return [];
        }

        if (groups.ValueKind != JsonValueKind.Array)
        {
            throw ToolCallException.Invalid("'filterGroups' must be an array like [{\"filters\": [{\"propertyName\": \"email\", \"operator\": \"EQ\", \"value\": \"a@b.com\"}]}].");
        }

        var result = new List<IReadOnlyList<SearchFilter>>();
        var groupIndex = 0;
        foreach (var group in groups.EnumerateArray())
        {
            var path = $"filterGroups[{groupIndex++}]";
            if (group.ValueKind != JsonValueKind.Object || !group.TryGetProperty("filters", out var filters) || filters.ValueKind != JsonValueKind.Array)
            {
                throw ToolCallException.Invalid($"'{path}' must be an object with a \"filters\" array.");
            }

            var filterIndex = 0;
            result.Add([.. filters.EnumerateArray().Select(filter => ReadFilter(filter, $"{path}.filters[{filterIndex++}]"))]);
        }

        CheckFilterCounts(result);
        return result;
    }

    private static void CheckFilterCounts(List<IReadOnlyList<SearchFilter>> groups)
    {
        if (groups.Count > HubSpotLimits.MaxFilterGroups)
        {
            throw ToolCallException.Invalid($"'filterGroups' has {groups.Count} groups; HubSpot allows at most {HubSpotLimits.MaxFilterGroups}. Merge groups (use IN for several values of one property) or run separate searches.");
        }

        var crowded = groups.FindIndex(group => group.Count > HubSpotLimits.MaxFiltersPerGroup);
        if (crowded >= 0)
        {
            throw ToolCallException.Invalid($"'filterGroups[{crowded}]' has {groups[crowded].Count} filters; HubSpot allows at most {HubSpotLimits.MaxFiltersPerGroup} per group.");
        }

        var total = groups.Sum(group => group.Count);
        if (total > HubSpotLimits.MaxFiltersTotal)
        {
            throw ToolCallException.Invalid($"The search has {total} filters; HubSpot allows at most {HubSpotLimits.MaxFiltersTotal} across all groups.");
        }
    }

    private static SearchFilter ReadFilter(JsonElement filter, string path)
    {
        if (filter.ValueKind != JsonValueKind.Object)
        {
            throw ToolCallException.Invalid($"'{path}' must be an object with propertyName, operator and value, values or highValue.");
        }

        var arguments = new ToolArguments(filter);
        var propertyName = arguments.RequiredString("propertyName", $"the property '{path}' filters on.");
        var operatorName = arguments.RequiredString("operator", string.Join(", ", Operators)).ToUpperInvariant();
        if (!Operators.Contains(operatorName))
        {
            throw ToolCallException.Invalid($"'{path}.operator' is '{operatorName}'; use one of {string.Join(", ", Operators)}.");
        }

        var value = ScalarText(filter, "value", path);
        var highValue = ScalarText(filter, "highValue", path);
        var values = filter.TryGetProperty("values", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(item => ScalarText(item, path + ".values") ?? string.Empty).ToList()
            : null;
        var problem = operatorName switch
        {
            "HAS_PROPERTY" or "NOT_HAS_PROPERTY" => null,
            "BETWEEN" when value is null || highValue is null => "BETWEEN needs \"value\" (low) and \"highValue\" (high)",
            "IN" or "NOT_IN" when values is not { Count: > 0 } => $"{operatorName} needs a non-empty \"values\" array (lowercase for text properties)",
            "IN" or "NOT_IN" or "BETWEEN" => null,
            _ when value is null => $"{operatorName} needs a \"value\"",
            _ => null,
        };
        return problem is null
            ? new SearchFilter(propertyName, operatorName, value, highValue, values)
            : throw ToolCallException.Invalid($"'{path}': {problem}.");
    }

    private static List<SearchSort> ReadSorts(JsonElement? element)
    {
        if (element is not { } sorts)
        {
            return [];
        }

        if (sorts.ValueKind != JsonValueKind.Array)
        {
            throw ToolCallException.Invalid("'sorts' must be an array like [{\"propertyName\": \"createdate\", \"direction\": \"DESCENDING\"}].");
        }

        var result = new List<SearchSort>();
        foreach (var sort in sorts.EnumerateArray())
        {
            if (sort.ValueKind != JsonValueKind.Object)
            {
                throw ToolCallException.Invalid("Each sort must be an object {\"propertyName\": ..., \"direction\": \"ASCENDING\" | \"DESCENDING\"}.");
            }

            var arguments = new ToolArguments(sort);
            var property = arguments.RequiredString("propertyName", "the property to sort by.");
            var direction = arguments.Has("direction") ? arguments.RequiredChoice("direction", Directions) : "ASCENDING";
            result.Add(new SearchSort(property, direction == "DESCENDING"));
        }

        return result.Count <= HubSpotLimits.MaxSorts
            ? result
            : throw ToolCallException.Invalid($"'sorts' has {result.Count} rules; HubSpot allows at most {HubSpotLimits.MaxSorts}.");
    }

    private static string? ScalarText(JsonElement filter, string name, string path) =>
        filter.TryGetProperty(name, out var value) ? ScalarText(value, $"{path}.{name}") : null;

    private static string? ScalarText(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => null,
        _ => throw ToolCallException.Invalid($"'{path}' must be a string, number or boolean."),
    };

    public static string LimitsText { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"HubSpot limits: up to {HubSpotLimits.MaxFilterGroups} filterGroups (ORed), {HubSpotLimits.MaxFiltersPerGroup} filters per group (ANDed), {HubSpotLimits.MaxFiltersTotal} filters in total, {HubSpotLimits.MaxSorts} sort, {HubSpotLimits.MaxSearchPageSize} results per page, {HubSpotLimits.MaxSearchResults} results per query, query up to {HubSpotLimits.MaxSearchQueryLength} characters.");
}
