using System.Globalization;
using System.Text.RegularExpressions;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Search;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Tests.Search;

/// <summary>
/// A deliberately simple search: every record, every filter read from the record's own values, a full sort. Written
/// from HubSpot's rules independently of the engine's columns and indexes, so the engine can be checked against it.
/// </summary>
internal static class ReferenceSearch
{
    private static readonly char[] TokenSeparators = [' ', '\t', '\n', '\r', '@', '.', ',', ';', ':', '-', '_', '/', '(', ')', '!', '?', '"', '\''];

    public static (int Total, List<long> Page, int? NextAfter) Run(ObjectCollection collection, SearchRequest request, DateTimeOffset visibleBefore)
    {
        var matches = collection.Records
            .Where(r => !r.IsArchived && r.UpdatedAt <= visibleBefore)
            .Where(r => request.FilterGroups.Count == 0 || request.FilterGroups.Any(g => g.All(f => Matches(f, r))))
            .ToList();
        var ordered = request.Sort is { } sort
            ? matches.OrderBy(r => r, Comparer<CrmRecord>.Create((a, b) => CompareForSort(sort, a, b))).ToList()
            : matches.OrderBy(r => r.Id).ToList();
        var window = Math.Min(request.After + request.Limit, SearchRequestReader.MaxResults);
        var page = ordered.Skip(request.After).Take(Math.Max(0, window - request.After)).Select(r => r.Id).ToList();
        var next = request.After + page.Count;
        return (matches.Count, page, request.Limit > 0 && next < Math.Min(matches.Count, SearchRequestReader.MaxResults) ? next : null);
    }

    private static int CompareForSort(SearchSort sort, CrmRecord left, CrmRecord right)
    {
        var a = left.Get(sort.Property.Name);
        var b = right.Get(sort.Property.Name);
        int order;
        if (a is null || b is null)
        {
            order = a is null ? (b is null ? 0 : 1) : -1;
        }
        else
        {
            order = Compare(sort.Property, a, b);
            order = sort.Descending ? -order : order;
        }

        return order != 0 ? order : left.Id.CompareTo(right.Id);
    }

    private static bool Matches(SearchFilter filter, CrmRecord record)
    {
        var property = filter.Property!;
        var value = record.Get(property.Name);
        var values = filter.Values;
        return filter.Operator switch
        {
            SearchOperator.HAS_PROPERTY => value is not null,
            SearchOperator.NOT_HAS_PROPERTY => value is null,
            SearchOperator.EQ => value is not null && IsEqual(property, value, values[0]),
            SearchOperator.NEQ => value is null || !IsEqual(property, value, values[0]),
            SearchOperator.IN => value is not null && values.Any(v => IsEqual(property, value, v)),
            SearchOperator.NOT_IN => value is null || !values.Any(v => IsEqual(property, value, v)),
            SearchOperator.LT => value is not null && Compare(property, value, values[0]) < 0,
            SearchOperator.LTE => value is not null && Compare(property, value, values[0]) <= 0,
            SearchOperator.GT => value is not null && Compare(property, value, values[0]) > 0,
            SearchOperator.GTE => value is not null && Compare(property, value, values[0]) >= 0,
            SearchOperator.BETWEEN => value is not null && Compare(property, value, values[0]) >= 0 && Compare(property, value, values[1]) <= 0,
            SearchOperator.CONTAINS_TOKEN => value is not null && ContainsToken(value, values[0]),
            SearchOperator.NOT_CONTAINS_TOKEN => value is null || !ContainsToken(value, values[0]),
            _ => throw new ArgumentOutOfRangeException(nameof(filter)),
        };
    }

    private static bool IsEqual(PropertyDefinition property, string value, string wanted) =>
        property.IsMultiSelect ? value.Split(';').Contains(wanted, StringComparer.Ordinal) : Compare(property, value, wanted) == 0;

    /// <summary>Numbers numerically, strings ignoring case, everything else (dates and datetimes in wire form) ordinally.</summary>
    private static int Compare(PropertyDefinition property, string left, string right) => property.Type switch
    {
        PropertyType.Number => double.Parse(left, CultureInfo.InvariantCulture).CompareTo(double.Parse(right, CultureInfo.InvariantCulture)),
        PropertyType.String or PropertyType.PhoneNumber => string.Compare(left, right, StringComparison.OrdinalIgnoreCase),
        _ => string.CompareOrdinal(left, right),
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> TokenPatterns = new(StringComparer.Ordinal);

    private static bool ContainsToken(string value, string token)
    {
        var pattern = TokenPatterns.GetOrAdd(token, t => new Regex("^" + string.Join(".*", t.Split('*').Select(Regex.Escape)) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline));
        return pattern.IsMatch(value) || value.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries).Any(pattern.IsMatch);
    }
}
