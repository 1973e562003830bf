using System.Text.Json;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools.Arguments;
using Spoke.Agents.Tools.Results;
using Spoke.Agents.Tools.Schemas;
using Spoke.Search;

namespace Spoke.Agents.Tools;

/// <summary><c>search_hubspot</c>: HubSpot's CRM search for any object type, with its limits checked before sending.</summary>
internal sealed class SearchHubSpotTool : HubSpotTool
{
    public const string ToolName = "search_hubspot";

    public SearchHubSpotTool(ToolServices services)
        : base(services)
    {
    }

    public override string Name => ToolName;

    public override string Title => "Search HubSpot";

    public override string Description =>
        "Search HubSpot CRM records of one object type by full-text query and/or filters. Filters inside a group are ANDed, groups are ORed. "
        + "Page with 'after' (the next.after of the previous result). Newly written records can take a few seconds to become searchable; "
        + "use manage_hubspot_records get for a known id. " + SearchRequestReader.LimitsText
        + " Text filter values are case-insensitive, except IN/NOT_IN on text properties (lowercase values) and enumeration values (exact). "
        + "Dates are epoch milliseconds.";

    public override bool IsReadOnly => true;

    public override bool IsDestructive => false;

    public override async Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        call.Action = "search";
        var objectType = ResolveObjectType(call, "objectType");
        var request = SearchRequestReader.Read(call.Arguments);
        var limit = SearchRequestReader.ReadLimit(call.Arguments);
        var after = call.Arguments.OptionalString("after");
        call.Authorize(objectType, RecordOperation.Read);
        call.AuthorizeReads(objectType, SearchRequestReader.PropertyNames(request));
        var links = await Services.Account.LinksAsync(objectType, cancellationToken).ConfigureAwait(false);
        var page = await Services.HubSpot.SearchAsync(objectType, request, cancellationToken)
            .AsPages(after, limit)
            .FirstAsync(cancellationToken)
            .ConfigureAwait(false);
        call.RecordIds.AddRange(page.Values.Select(record => record.Id));
        return ResultJson.Write(writer =>
        {
            writer.WriteStartObject();
            if (page.Total is { } total)
            {
                writer.WriteNumber("total", total);
            }

            writer.WriteStartArray("results");
            foreach (var record in page.Values)
            {
                ResultJson.WriteRecord(writer, record, links);
            }

            writer.WriteEndArray();
            if (page.ContinuationToken is not null)
            {
                writer.WriteString("nextAfter", page.ContinuationToken);
            }

            if (page.Total > HubSpotLimits.MaxSearchResults)
            {
                writer.WriteString("note", HubSpotErrorAdvice.SearchDepthAdvice);
            }

            writer.WriteEndObject();
        });
    }

    protected override IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer)
    {
        SchemaWriter.String(writer, "objectType", "The object type: " + ObjectTypeHint);
        SchemaWriter.String(writer, "query", $"Full-text search over the object's default searchable properties (at most {HubSpotLimits.MaxSearchQueryLength} characters).");
        WriteFilterGroupsSchema(writer);
        WriteSortsSchema(writer);
        SchemaWriter.StringArray(writer, "properties", "Property names to return; leave out for HubSpot's defaults. Read-only ones such as createdate and hs_lastmodifieddate work too.");
        SchemaWriter.Integer(writer, "limit", $"Results per page (default {SearchRequestReader.DefaultLimit}).", 1, HubSpotLimits.MaxSearchPageSize);
        SchemaWriter.String(writer, "after", "The nextAfter value of the previous page.");
        return ["objectType"];
    }

    protected override void WriteConditionalSchemas(Utf8JsonWriter writer) =>
        PropertyCatalogSchema.WriteConditionalRules(writer, Services.Catalog, "objectType", (then, objectType) =>
        {
            then.WriteStartObject("properties");
            then.WriteStartObject("properties");
            then.WriteStartObject("items");
            PropertyCatalogSchema.WritePropertyNameExamples(then, objectType);
            then.WriteEndObject();
            then.WriteEndObject();
            then.WriteEndObject();
        });

    private static void WriteFilterGroupsSchema(Utf8JsonWriter writer) =>
        SchemaWriter.ObjectArray(
            writer,
            "filterGroups",
            $"HubSpot's filterGroups: [{{\"filters\": [{{\"propertyName\", \"operator\", \"value\" | \"values\" | \"highValue\"}}]}}]. At most {HubSpotLimits.MaxFilterGroups} groups, {HubSpotLimits.MaxFiltersPerGroup} filters per group, {HubSpotLimits.MaxFiltersTotal} in total.",
            HubSpotLimits.MaxFilterGroups,
            group => SchemaWriter.ObjectArray(
                group,
                "filters",
                "Filters that must all match.",
                HubSpotLimits.MaxFiltersPerGroup,
                filter =>
                {
                    SchemaWriter.String(filter, "propertyName", "The property to filter on; call get_hubspot_schema for the names.");
                    SchemaWriter.String(filter, "operator", "BETWEEN uses value and highValue; IN and NOT_IN use values; HAS_PROPERTY and NOT_HAS_PROPERTY take no value.", SearchOperatorNames.All);
                    SchemaWriter.String(filter, "value", "The value to compare with (CONTAINS_TOKEN accepts * wildcards).");
                    SchemaWriter.String(filter, "highValue", "The upper bound for BETWEEN.");
                    SchemaWriter.StringArray(filter, "values", "The values for IN and NOT_IN.");
                },
                "propertyName",
                "operator"),
            "filters");

    private static void WriteSortsSchema(Utf8JsonWriter writer) =>
        SchemaWriter.ObjectArray(
            writer,
            "sorts",
            $"At most {HubSpotLimits.MaxSorts} sort rule.",
            HubSpotLimits.MaxSorts,
            sort =>
            {
                SchemaWriter.String(sort, "propertyName", "The property to sort by.");
                SchemaWriter.String(sort, "direction", "Sort direction (default ASCENDING).", SearchRequestReader.Directions);
            },
            "propertyName");
}
