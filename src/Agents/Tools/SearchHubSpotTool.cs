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
        "Search HubSpot records of one object type by full-text query and/or filters (ANDed in a group; groups ORed). "
        + "Page with after (nextAfter of the previous answer). New writes take seconds to become searchable: get a known id with "
        + "manage_hubspot_records. " + SearchRequestReader.LimitsText
        + " Text values are case-insensitive, except IN/NOT_IN on text (lowercase values) and enumeration values (exact; "
        + "get_hubspot_schema lists them). Dates are epoch milliseconds.";

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
        SchemaWriter.String(writer, "objectType", "Object type: " + ObjectTypeHint);
        SchemaWriter.String(writer, "query", "Full-text search over the object's default searchable properties.");
        WriteFilterGroupsSchema(writer);
        WriteSortsSchema(writer);
        SchemaWriter.StringArray(writer, "properties", "Properties to return (read-only ones such as createdate too); leave out for HubSpot's defaults.");
        SchemaWriter.Integer(writer, "limit", $"Results per page (default {SearchRequestReader.DefaultLimit}).", 1, HubSpotLimits.MaxSearchPageSize);
        SchemaWriter.String(writer, "after", "The nextAfter value of the previous page.");
        return ["objectType"];
    }

    protected override string OutputSchemaJson { get; } =
        """{"type":"object","properties":{"total":{"type":"integer"},"results":{"type":"array","items":{"$ref":"#/$defs/record"}},"nextAfter":{"type":"string"},"note":{"type":"string"}},"required":["results"],""" + ResultSchemas.RecordDefinitions + "}";

    private static void WriteFilterGroupsSchema(Utf8JsonWriter writer) =>
        SchemaWriter.ObjectArray(
            writer,
            "filterGroups",
            "HubSpot's filterGroups.",
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
                    SchemaWriter.ScalarValue(filter, "value", "The value to compare with (CONTAINS_TOKEN accepts * wildcards).");
                    SchemaWriter.ScalarValue(filter, "highValue", "The upper bound for BETWEEN.");
                    SchemaWriter.ScalarArray(filter, "values", "The values for IN and NOT_IN.");
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
