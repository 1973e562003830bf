using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Endpoints;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Text;
using Spoke.Emulator.Writes;

namespace Spoke.Emulator.Search;

/// <summary>
/// Reads and validates a search body against HubSpot's rules: 5 groups, 6 filters per group, 18 in all, one sort,
/// limit up to 200, offsets below 10,000, queries up to 3,000 characters, and values that fit the property's type.
/// </summary>
internal static class SearchRequestReader
{
    public const int MaxFilterGroups = 5;
    public const int MaxFiltersPerGroup = 6;
    public const int MaxFilters = 18;
    public const int MaxLimit = 200;
    public const int DefaultLimit = 10;
    public const int MaxResults = 10_000;
    public const int MaxQueryLength = 3_000;

    private const string AssociationsPrefix = "associations.";

    public static SearchRequest Read(JsonElement body, ObjectTypeDefinition type, SchemaCatalog schema)
    {
        var groups = ReadGroups(body.Member("filterGroups"), type, schema);
        var sort = ReadSort(body.Member("sorts"), type);
        var query = body.StringMember("query");
        if (query is { Length: > MaxQueryLength })
        {
            throw ApiProblem.Validation($"The query has {query.Length} characters; a search query may have at most {MaxQueryLength}.");
        }

        var limit = DefaultLimit;
        if (body.Member("limit") is { ValueKind: not JsonValueKind.Undefined } limitElement
            && (limitElement.ValueKind != JsonValueKind.Number || !limitElement.TryGetInt32(out limit) || limit < 0 || limit > MaxLimit))
        {
            throw ApiProblem.Validation($"limit must be a whole number from 0 to {MaxLimit}, but was {limitElement.GetRawText()}.");
        }

        var after = 0;
        var afterText = body.IdMember("after");
        if (afterText is { Length: > 0 } && (!int.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            throw ApiProblem.Validation($"after must be formatted as an integer (the paging.next.after of the previous page), but was \"{afterText}\".");
        }

        if (after >= MaxResults)
        {
            throw ApiProblem.Validation(
                $"Search results are capped at {MaxResults:N0}: after={after} pages beyond them. Narrow the filters (for example on hs_object_id) to reach later records.");
        }

        return new SearchRequest(groups, sort, string.IsNullOrWhiteSpace(query) ? null : query, body.StringList("properties"), limit, after);
    }

    private static List<IReadOnlyList<SearchFilter>> ReadGroups(JsonElement groups, ObjectTypeDefinition type, SchemaCatalog schema)
    {
        var result = new List<IReadOnlyList<SearchFilter>>();
        if (groups.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return result;
        }

        if (groups.ValueKind != JsonValueKind.Array)
        {
            throw ApiProblem.Validation("filterGroups must be an array of {\"filters\": [...]}.");
        }

        var groupCount = groups.GetArrayLength();
        if (groupCount > MaxFilterGroups)
        {
            throw ApiProblem.Validation($"Too many filter groups: {groupCount}. A search accepts at most {MaxFilterGroups} filterGroups.");
        }

        var total = 0;
        foreach (var group in groups.EnumerateArray())
        {
            var filters = group.Member("filters");
            if (filters.ValueKind != JsonValueKind.Array)
            {
                throw ApiProblem.Validation("Each filter group needs a \"filters\" array.");
            }

            var count = filters.GetArrayLength();
            if (count > MaxFiltersPerGroup)
            {
                throw ApiProblem.Validation($"Too many filters in one group: {count}. A filter group accepts at most {MaxFiltersPerGroup} filters.");
            }

            total += count;
            if (total > MaxFilters)
            {
                throw ApiProblem.Validation($"Too many filters: a search accepts at most {MaxFilters} filters across all filter groups.");
            }

            result.Add(filters.EnumerateArray().Select(f => ReadFilter(f, type, schema)).ToList());
        }

        return result;
    }

    private static SearchSort? ReadSort(JsonElement sorts, ObjectTypeDefinition type)
    {
        if (sorts.ValueKind != JsonValueKind.Array || sorts.GetArrayLength() == 0)
        {
            return null;
        }

        if (sorts.GetArrayLength() > 1)
        {
            throw ApiProblem.Validation($"A search accepts one sort rule, but {sorts.GetArrayLength()} were given.");
        }

        var sort = sorts[0];
        if (sort.ValueKind != JsonValueKind.Object)
        {
            // HubSpot ignores sorts sent as plain strings (a known bug of some SDKs); so does the emulator.
            return null;
        }

        var name = sort.StringMember("propertyName") ?? throw ApiProblem.Validation("A sort needs a \"propertyName\".");
        if (!type.TryGetProperty(name, out var property))
        {
            throw ApiProblem.Validation($"Property \"{name}\" does not exist on {type.Name}, so results cannot be sorted by it.");
        }

        var direction = sort.StringMember("direction") ?? "ASCENDING";
        return direction switch
        {
            "ASCENDING" => new SearchSort(property, false),
            "DESCENDING" => new SearchSort(property, true),
            _ => throw ApiProblem.Validation($"Sort direction must be ASCENDING or DESCENDING, but was \"{direction}\"."),
        };
    }

    private static SearchFilter ReadFilter(JsonElement filter, ObjectTypeDefinition type, SchemaCatalog schema)
    {
        var name = filter.StringMember("propertyName") ?? throw ApiProblem.Validation("Each filter needs a \"propertyName\".");
        var operatorName = filter.StringMember("operator") ?? throw ApiProblem.Validation($"The filter on \"{name}\" needs an \"operator\".");
        // Enum.TryParse also takes numbers, spaces and comma-separated combinations; only an operator's exact name is one.
        if (!Enum.TryParse<SearchOperator>(operatorName, ignoreCase: false, out var op) || Enum.GetName(op) != operatorName)
        {
            throw ApiProblem.Validation(
                $"Unknown filter operator \"{operatorName}\". Use one of: {string.Join(", ", Enum.GetNames<SearchOperator>())}.");
        }

        var raw = RawValues(filter, op, name);
        if (name.StartsWith(AssociationsPrefix, StringComparison.Ordinal))
        {
            return AssociationFilter(name, op, raw, schema);
        }

        if (!type.TryGetProperty(name, out var property))
        {
            throw ApiProblem.Validation($"Property \"{name}\" does not exist on {type.Name}, so it cannot be filtered on.");
        }

        var values = raw.Select(v => ToStoredForm(property, op, v)).ToList();
        if (property.Type == PropertyType.String && op is SearchOperator.IN or SearchOperator.NOT_IN)
        {
            // HubSpot compares IN values with its lower-cased index: a value with capitals never matches.
            values = values.Where(v => v == v.ToLowerInvariant()).ToList();
        }

        return new SearchFilter(property, op, values);
    }

    private static List<string> RawValues(JsonElement filter, SearchOperator op, string name)
    {
        switch (op)
        {
            case SearchOperator.HAS_PROPERTY or SearchOperator.NOT_HAS_PROPERTY:
                return [];
            case SearchOperator.IN or SearchOperator.NOT_IN:
                var values = filter.Member("values");
                if (values.ValueKind != JsonValueKind.Array)
                {
                    throw ApiProblem.Validation($"The {op} filter on \"{name}\" needs a \"values\" array.");
                }

                return values.EnumerateArray().Select(v => Text(v, name)).ToList();
            case SearchOperator.BETWEEN:
                return [Required(filter, "value", op, name), Required(filter, "highValue", op, name)];
            default:
                return [Required(filter, "value", op, name)];
        }
    }

    private static string Required(JsonElement filter, string member, SearchOperator op, string name)
    {
        var value = filter.Member(member);
        return value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? throw ApiProblem.Validation($"The {op} filter on \"{name}\" needs a \"{member}\".")
            : Text(value, name);
    }

    private static string Text(JsonElement value, string name) =>
        PropertyValueNormalizer.TryReadText(value, out var text)
            ? text!
            : throw ApiProblem.Validation($"Filter values on \"{name}\" must be strings, numbers or booleans.");

    private static string ToStoredForm(PropertyDefinition property, SearchOperator op, string value)
    {
        if (op is SearchOperator.CONTAINS_TOKEN or SearchOperator.NOT_CONTAINS_TOKEN)
        {
            return value;
        }

        switch (property.Type)
        {
            case PropertyType.Number:
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? value
                    : throw InvalidValue(property, value, "a number");
            case PropertyType.Bool:
                return bool.TryParse(value, out var flag) ? (flag ? "true" : "false") : throw InvalidValue(property, value, "true or false");
            case PropertyType.Date:
                return WireFormat.ParseInstant(value) is { } day
                    ? WireFormat.Date(DateOnly.FromDateTime(day.UtcDateTime))
                    : throw InvalidValue(property, value, "a date (epoch milliseconds or yyyy-MM-dd)");
            case PropertyType.DateTime:
                return WireFormat.ParseInstant(value) is { } instant
                    ? WireFormat.Timestamp(instant)
                    : throw InvalidValue(property, value, "a datetime (epoch milliseconds or ISO 8601)");
            default:
                return value;
        }
    }

    private static SearchFilter AssociationFilter(string name, SearchOperator op, List<string> values, SchemaCatalog schema)
    {
        var typeName = name[AssociationsPrefix.Length..];
        if (!schema.TryResolve(typeName, out var associated))
        {
            throw ApiProblem.Validation($"\"{name}\" names no object type; use e.g. associations.contact or associations.company.");
        }

        if (op is not (SearchOperator.EQ or SearchOperator.IN or SearchOperator.NEQ or SearchOperator.NOT_IN))
        {
            throw ApiProblem.Validation($"The association filter \"{name}\" supports EQ, NEQ, IN and NOT_IN, not {op}.");
        }

        return new SearchFilter(null, op, values) { AssociatedTypeId = associated.TypeId };
    }

    private static ApiProblem InvalidValue(PropertyDefinition property, string value, string expected) =>
        ApiProblem.Validation($"\"{value}\" is not a valid value for \"{property.Name}\": expected {expected}.");
}
