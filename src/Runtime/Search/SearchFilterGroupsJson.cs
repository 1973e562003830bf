using System.Text.Json;

namespace Spoke.Search;

/// <summary>
/// Reads HubSpot's raw <c>filterGroups</c> JSON (as an agent or a user writes it) into the search model, so it is validated
/// against <see cref="HubSpotLimits"/> and the operator rules before anything is sent.
/// </summary>
public static class SearchFilterGroupsJson
{
    /// <summary>
    /// Parses <c>[{"filters":[{"propertyName":"email","operator":"EQ","value":"a@b.c"}]}]</c>. Operators are HubSpot's wire names
    /// (case-insensitive); values may be JSON strings, numbers or booleans and are sent as strings, exactly as given.
    /// </summary>
    /// <param name="json">The filter groups array.</param>
    /// <returns>The filter groups.</returns>
    /// <exception cref="FormatException">The JSON is malformed or not shaped like HubSpot's filter groups; the message says where.</exception>
    /// <exception cref="ArgumentException">
    /// A filter lacks a value its operator needs, or has one it does not take; or a filter or group limit is exceeded.
    /// </exception>
    public static IReadOnlyList<SearchFilterGroup> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The filter groups are not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>Reads filter groups from an already parsed JSON array; see <see cref="Parse(string)"/>.</summary>
    /// <param name="filterGroups">The <c>filterGroups</c> array.</param>
    /// <returns>The filter groups.</returns>
    /// <exception cref="FormatException">The JSON is not shaped like HubSpot's filter groups; the message says where.</exception>
    /// <exception cref="ArgumentException">
    /// A filter lacks a value its operator needs, or has one it does not take; or a filter or group limit is exceeded.
    /// </exception>
    public static IReadOnlyList<SearchFilterGroup> Parse(JsonElement filterGroups)
    {
        Require(filterGroups.ValueKind == JsonValueKind.Array, "filterGroups", "an array of filter groups");
        var groups = new List<SearchFilterGroup>(filterGroups.GetArrayLength());
        var total = 0;
        var index = 0;
        foreach (var group in filterGroups.EnumerateArray())
        {
            var path = $"filterGroups[{index++}]";
            var filters = group.ValueKind == JsonValueKind.Object && group.TryGetProperty("filters", out var found) ? found : default;
            Require(filters.ValueKind == JsonValueKind.Array, path, "an object with a 'filters' array");
            var parsed = new List<SearchFilter>(filters.GetArrayLength());
            var filterIndex = 0;
            foreach (var filter in filters.EnumerateArray())
            {
                parsed.Add(ReadFilter(filter, $"{path}.filters[{filterIndex++}]"));
            }

            total += parsed.Count;
            HubSpotLimits.ThrowIfAbove(nameof(HubSpotLimits.MaxFiltersTotal), HubSpotLimits.MaxFiltersTotal, total, "filters across all filter groups");
            groups.Add(new SearchFilterGroup(parsed));
        }

        HubSpotLimits.ThrowIfAbove(nameof(HubSpotLimits.MaxFilterGroups), HubSpotLimits.MaxFilterGroups, groups.Count, "filter groups");
        return groups;
    }

    private static SearchFilter ReadFilter(JsonElement filter, string path)
    {
        Require(filter.ValueKind == JsonValueKind.Object, path, "a filter object");
        var propertyName = Text(filter, "propertyName", path);
        Require(!string.IsNullOrWhiteSpace(propertyName), path + ".propertyName", "a property name");
        var operatorName = Text(filter, "operator", path);
        if (!SearchOperatorNames.TryParse(operatorName, out var searchOperator))
        {
            throw new FormatException($"{path}.operator is '{operatorName}', which is not a HubSpot search operator. Use one of: {string.Join(", ", SearchOperatorNames.All)}.");
        }

        List<string>? values = null;
        if (filter.TryGetProperty("values", out var valuesElement) && valuesElement.ValueKind != JsonValueKind.Null)
        {
            Require(valuesElement.ValueKind == JsonValueKind.Array, path + ".values", "an array");
            values = [];
            var i = 0;
            foreach (var item in valuesElement.EnumerateArray())
            {
                values.Add(Scalar(item, $"{path}.values[{i++}]") ?? throw new FormatException($"{path}.values[{i - 1}] is null; leave it out."));
            }
        }

        return SearchFilter.Create(propertyName!, searchOperator, Text(filter, "value", path), Text(filter, "highValue", path), values);
    }

    private static string? Text(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) ? Scalar(value, path + "." + name) : null;

    private static string? Scalar(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => null,
        _ => throw new FormatException($"{path} must be a string, number or boolean, not {value.ValueKind}."),
    };

    private static void Require(bool condition, string path, string expected)
    {
        if (!condition)
        {
            throw new FormatException($"{path} must be {expected}, as in HubSpot's search body: [{{\"filters\":[{{\"propertyName\":\"email\",\"operator\":\"EQ\",\"value\":\"a@b.c\"}}]}}].");
        }
    }
}
