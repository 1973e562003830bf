using System.Globalization;
using System.Text.Json;
using Spoke.Search;

namespace Spoke.Agents.Tools.Arguments;

/// <summary>
/// Builds the runtime's <see cref="SearchRequest"/> from a model's arguments in HubSpot's own shape, and checks it
/// against HubSpot's limits (<see cref="SearchRequest.Validate"/>) before anything is sent.
/// </summary>
internal static class SearchRequestReader
{
    public const int DefaultLimit = 10;

    public static IReadOnlyList<string> Directions { get; } = ["ASCENDING", "DESCENDING"];

    public static string LimitsText { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"HubSpot limits: up to {HubSpotLimits.MaxFilterGroups} filterGroups (ORed), {HubSpotLimits.MaxFiltersPerGroup} filters per group (ANDed), {HubSpotLimits.MaxFiltersTotal} filters in total, {HubSpotLimits.MaxSorts} sort, {HubSpotLimits.MaxSearchPageSize} results per page, {HubSpotLimits.MaxSearchResults} results per query, query up to {HubSpotLimits.MaxSearchQueryLength} characters.");

    /// <summary>The page size the model asked for.</summary>
    public static int ReadLimit(ToolArguments arguments) => arguments.OptionalInt("limit", DefaultLimit, 1, HubSpotLimits.MaxSearchPageSize);

    public static SearchRequest Read(ToolArguments arguments)
    {
        var request = new SearchRequest
        {
            Query = arguments.OptionalString("query"),
            FilterGroups = ReadFilterGroups(arguments.Element("filterGroups")),
            Sorts = ReadSorts(arguments.Element("sorts")),
            Properties = arguments.StringList("properties"),
        };
        try
        {
            request.Validate();
        }
        catch (ArgumentException exception)
        {
            throw ToolCallException.Invalid(exception, string.Empty, "Split the search or simplify the filters.");
        }

        return request;
    }

    /// <summary>Every property name the request reads, with the path of the argument that holds it.</summary>
    public static IEnumerable<(string Path, string Name)> PropertyNames(SearchRequest request)
    {
        for (var group = 0; group < request.FilterGroups.Count; group++)
        {
            for (var filter = 0; filter < request.FilterGroups[group].Filters.Count; filter++)
            {
                yield return ($"filterGroups[{group}].filters[{filter}].propertyName", request.FilterGroups[group].Filters[filter].PropertyName);
            }
        }

        for (var sort = 0; sort < request.Sorts.Count; sort++)
        {
            yield return ($"sorts[{sort}].propertyName", request.Sorts[sort].PropertyName);
        }

        foreach (var property in Arguments.PropertyNames.At("properties", request.Properties))
        {
            yield return property;
        }
    }

    // HubSpot's filterGroups go through the runtime's one parser, so a filter the tool accepts is one the client accepts.
    private static IReadOnlyList<SearchFilterGroup> ReadFilterGroups(JsonElement? element)
    {
        if (element is not { } groups)
        {
            return [];
        }

        try
        {
            return SearchFilterGroupsJson.Parse(groups);
        }
        catch (FormatException exception)
        {
            throw ToolCallException.Invalid(exception.Message);
        }
        catch (ArgumentException exception)
        {
            throw ToolCallException.Invalid(exception, string.Empty, string.Empty);
        }
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

        return
        [
            .. sorts.EnumerateArray().Select(sort =>
            {
                if (sort.ValueKind != JsonValueKind.Object)
                {
                    throw ToolCallException.Invalid("Each sort must be an object {\"propertyName\": ..., \"direction\": \"ASCENDING\" | \"DESCENDING\"}.");
                }

                var arguments = new ToolArguments(sort);
                var property = arguments.RequiredString("propertyName", "the property to sort by.");
                var descending = arguments.Has("direction") && arguments.RequiredChoice("direction", Directions) == "DESCENDING";
                return new SearchSort(property, descending ? SortDirection.Descending : SortDirection.Ascending);
            }),
        ];
    }
}
