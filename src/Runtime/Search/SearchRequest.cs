using System.Globalization;
using System.Text.Json;

namespace Spoke.Search;

/// <summary>
/// The body of <c>POST /crm/v3/objects/{objectType}/search</c>: filter groups (ORed), sorts, properties to return, full-text query,
/// page size and offset. Build it with a generated <c>{Record}.Where(...)</c> or directly; <see cref="Validate"/> checks it
/// against <see cref="HubSpotLimits"/> before anything is sent.
/// </summary>
public sealed record SearchRequest
{
    /// <summary>The filter groups; a record matches when it matches every filter of at least one group.</summary>
    public IReadOnlyList<SearchFilterGroup> FilterGroups { get; init; } = [];

    /// <summary>The sort rules (at most <see cref="HubSpotLimits.MaxSorts"/>).</summary>
    public IReadOnlyList<SearchSort> Sorts { get; init; } = [];

    /// <summary>The wire names of the properties to return; empty returns HubSpot's default properties for the object type.</summary>
    public IReadOnlyList<string> Properties { get; init; } = [];

    /// <summary>Full-text query over the object's searchable properties (at most <see cref="HubSpotLimits.MaxSearchQueryLength"/> characters).</summary>
    public string? Query { get; init; }

    /// <summary>Page size, 1 to <see cref="HubSpotLimits.MaxSearchPageSize"/>; <see langword="null"/> uses HubSpot's default of 10.</summary>
    public int? Limit { get; init; }

    /// <summary>The offset to continue from, as returned in <c>paging.next.after</c>.</summary>
    public string? After { get; init; }

    /// <summary>Checks the request against HubSpot's documented limits.</summary>
    /// <exception cref="HubSpotLimitException">A limit is exceeded; the message names it.</exception>
    /// <exception cref="ArgumentException">A value is malformed, for example a page size below 1 or a non-numeric offset.</exception>
    public void Validate()
    {
        HubSpotLimitException.ThrowIfAbove(nameof(HubSpotLimits.MaxFilterGroups), HubSpotLimits.MaxFilterGroups, FilterGroups.Count, "filter groups");
        var total = 0;
        foreach (var group in FilterGroups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(FilterGroups));
            HubSpotLimitException.ThrowIfAbove(nameof(HubSpotLimits.MaxFiltersPerGroup), HubSpotLimits.MaxFiltersPerGroup, group.Filters.Count, "filters in one filter group");
            total += group.Filters.Count;
        }

        HubSpotLimitException.ThrowIfAbove(nameof(HubSpotLimits.MaxFiltersTotal), HubSpotLimits.MaxFiltersTotal, total, "filters across all filter groups");
        HubSpotLimitException.ThrowIfAbove(nameof(HubSpotLimits.MaxSorts), HubSpotLimits.MaxSorts, Sorts.Count, "sort rules");
        HubSpotLimitException.ThrowIfAbove(nameof(HubSpotLimits.MaxSearchQueryLength), HubSpotLimits.MaxSearchQueryLength, Query?.Length ?? 0, "characters in the search query");
        if (Limit is { } limit)
        {
            if (limit < 1)
            {
                throw new ArgumentException($"The search page size must be at least 1, but it is {limit}.", nameof(Limit));
            }

            HubSpotLimitException.ThrowIfAbove(nameof(HubSpotLimits.MaxSearchPageSize), HubSpotLimits.MaxSearchPageSize, limit, "results per search page");
        }

        if (After is not null)
        {
            if (!int.TryParse(After, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                throw new ArgumentException($"The search offset 'after' must be a non-negative integer as returned in paging.next.after, but it is '{After}'.", nameof(After));
            }

            if (offset >= HubSpotLimits.MaxSearchResults)
            {
                throw new HubSpotLimitException(nameof(HubSpotLimits.MaxSearchResults), HubSpotLimits.MaxSearchResults, offset + 1, "results paged through by one search query");
            }
        }
    }

    /// <summary>Writes the request as HubSpot's search JSON body.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteStartArray("filterGroups");
        foreach (var group in FilterGroups)
        {
            WriteGroup(writer, group);
        }

        writer.WriteEndArray();
        if (Sorts.Count > 0)
        {
            writer.WriteStartArray("sorts");
            foreach (var sort in Sorts)
            {
                writer.WriteStartObject();
                writer.WriteString("propertyName", sort.PropertyName);
                writer.WriteString("direction", sort.Direction == SortDirection.Descending ? "DESCENDING" : "ASCENDING");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Query is not null)
        {
            writer.WriteString("query", Query);
        }

        if (Properties.Count > 0)
        {
            writer.WriteStartArray("properties");
            foreach (var property in Properties)
            {
                writer.WriteStringValue(property);
            }

            writer.WriteEndArray();
        }

        if (Limit is { } limit)
        {
            writer.WriteNumber("limit", limit);
        }

        if (After is not null)
        {
            writer.WriteString("after", After);
        }

        writer.WriteEndObject();
    }

    /// <summary>Returns the request as HubSpot's search JSON body.</summary>
    /// <param name="indented">Whether to indent the JSON for reading.</param>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteGroup(Utf8JsonWriter writer, SearchFilterGroup group)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("filters");
        foreach (var filter in group.Filters)
        {
            writer.WriteStartObject();
            writer.WriteString("propertyName", filter.PropertyName);
            writer.WriteString("operator", filter.Operator.ToWireName());
            if (filter.Value is not null)
            {
                writer.WriteString("value", filter.Value);
            }

            if (filter.HighValue is not null)
            {
                writer.WriteString("highValue", filter.HighValue);
            }

            if (filter.Values is not null)
            {
                writer.WriteStartArray("values");
                foreach (var value in filter.Values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
