using System.Globalization;
using System.Text.Json;

namespace Spoke.Search;

/// <summary>
/// What a search of <c>POST /crm/v3/objects/{objectType}/search</c> asks for: filter groups (ORed), sorts, properties to return
/// and full-text query. Paging is the pageable's job (<see cref="CrmPageable{T}.AsPages(string?, int?)"/>). Build it with a
/// generated <c>{Record}.Where(...)</c> or directly; <see cref="Validate"/> checks it against <see cref="HubSpotLimits"/>
/// before anything is sent.
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

    /// <summary>Checks the request against HubSpot's documented limits.</summary>
    /// <exception cref="ArgumentException">A limit is exceeded, or a filter group is null; the message names the limit.</exception>
    public void Validate()
    {
        HubSpotLimits.ThrowIfAbove(nameof(HubSpotLimits.MaxFilterGroups), HubSpotLimits.MaxFilterGroups, FilterGroups.Count, "filter groups");
        var total = 0;
        foreach (var group in FilterGroups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(FilterGroups));
            HubSpotLimits.ThrowIfAbove(nameof(HubSpotLimits.MaxFiltersPerGroup), HubSpotLimits.MaxFiltersPerGroup, group.Filters.Count, "filters in one filter group");
            total += group.Filters.Count;
        }

        HubSpotLimits.ThrowIfAbove(nameof(HubSpotLimits.MaxFiltersTotal), HubSpotLimits.MaxFiltersTotal, total, "filters across all filter groups");
        HubSpotLimits.ThrowIfAbove(nameof(HubSpotLimits.MaxSorts), HubSpotLimits.MaxSorts, Sorts.Count, "sort rules");
        HubSpotLimits.ThrowIfAbove(nameof(HubSpotLimits.MaxSearchQueryLength), HubSpotLimits.MaxSearchQueryLength, Query?.Length ?? 0, "characters in the search query");
    }

    /// <summary>Writes the request as HubSpot's search JSON body, without paging.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteTo(writer, limit: null, offset: 0);
    }

    /// <summary>Writes the body of one page: the request, <c>limit</c>, and <c>after</c> when the offset is not 0.</summary>
    internal void WriteTo(Utf8JsonWriter writer, int? limit, int offset)
    {
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

        if (limit is { } size)
        {
            writer.WriteNumber("limit", size);
        }

        if (offset > 0)
        {
            writer.WriteString("after", offset.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteEndObject();
    }

    /// <summary>Returns the request as HubSpot's search JSON body, without paging.</summary>
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
