using System.Globalization;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Search;

/// <summary>
/// Decides whether a record passes a filter, with HubSpot's type rules: numbers compare as numbers, dates and
/// datetimes chronologically, enumerations case-sensitively, other strings ignoring case.
/// </summary>
internal static class FilterMatcher
{
    private static readonly char[] TokenSeparators = [' ', '\t', '\n', '\r', '@', '.', ',', ';', ':', '-', '_', '/', '(', ')', '!', '?', '"', '\''];

    public static bool Matches(SearchFilter filter, CrmRecord record, CrmDatabase database, string typeId)
    {
        if (filter.Property is null)
        {
            return MatchesAssociation(filter, record, database, typeId);
        }

        var value = record.Get(filter.Property.Name);
        return filter.Operator switch
        {
            SearchOperator.HAS_PROPERTY => value is not null,
            SearchOperator.NOT_HAS_PROPERTY => value is null,
            SearchOperator.EQ => value is not null && IsEqual(filter, value, 0),
            SearchOperator.NEQ => value is null || !IsEqual(filter, value, 0),
            SearchOperator.LT => value is not null && Compare(filter, value, 0) < 0,
            SearchOperator.LTE => value is not null && Compare(filter, value, 0) <= 0,
            SearchOperator.GT => value is not null && Compare(filter, value, 0) > 0,
            SearchOperator.GTE => value is not null && Compare(filter, value, 0) >= 0,
            SearchOperator.BETWEEN => value is not null && Compare(filter, value, 0) >= 0 && Compare(filter, value, 1) <= 0,
            SearchOperator.IN => value is not null && IsAnyEqual(filter, value),
            SearchOperator.NOT_IN => value is null || !IsAnyEqual(filter, value),
            SearchOperator.CONTAINS_TOKEN => value is not null && ContainsToken(value, filter.Values[0]),
            SearchOperator.NOT_CONTAINS_TOKEN => value is null || !ContainsToken(value, filter.Values[0]),
            _ => false,
        };
    }

    /// <summary>Whether a record matches a free-text <c>query</c> over its type's searchable properties.</summary>
    public static bool MatchesQuery(string query, CrmRecord record, ObjectTypeDefinition type)
    {
        foreach (var term in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var found = false;
            foreach (var property in type.QueryProperties)
            {
                if (record.Get(property) is { } value && value.Contains(term.Trim('*'), StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Orders two stored values of a property for sorting; unset values sort last.</summary>
    public static int CompareValues(PropertyDefinition property, string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : 1) : -1;
        }

        return property.Type switch
        {
            PropertyType.Number => ParseNumber(left).CompareTo(ParseNumber(right)),
            PropertyType.String or PropertyType.PhoneNumber => string.Compare(left, right, StringComparison.OrdinalIgnoreCase),
            _ => string.CompareOrdinal(left, right),
        };
    }

    private static bool IsAnyEqual(SearchFilter filter, string value)
    {
        for (var index = 0; index < filter.Values.Count; index++)
        {
            if (IsEqual(filter, value, index))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEqual(SearchFilter filter, string value, int index)
    {
        var property = filter.Property!;
        if (property.IsMultiSelect)
        {
            foreach (var part in value.Split(';'))
            {
                if (string.Equals(part, filter.Values[index], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        return Compare(filter, value, index) == 0;
    }

    private static int Compare(SearchFilter filter, string value, int index)
    {
        var property = filter.Property!;
        return property.Type switch
        {
            PropertyType.Number => ParseNumber(value).CompareTo(filter.Numbers[index]),
            PropertyType.String or PropertyType.PhoneNumber => string.Compare(value, filter.Values[index], StringComparison.OrdinalIgnoreCase),
            _ => string.CompareOrdinal(value, filter.Values[index]),
        };
    }

    private static bool ContainsToken(string value, string token)
    {
        if (token.Contains('*', StringComparison.Ordinal))
        {
            if (Text.WildcardPattern.Matches(token, value))
            {
                return true;
            }

            foreach (var part in value.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (Text.WildcardPattern.Matches(token, part))
                {
                    return true;
                }
            }

            return false;
        }

        if (value.Equals(token, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var part in value.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAssociation(SearchFilter filter, CrmRecord record, CrmDatabase database, string typeId)
    {
        var targets = database.Associations.From(typeId, record.Id, filter.AssociatedTypeId!);
        var any = filter.Values.Any(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && targets.ContainsKey(id));
        return filter.Operator is SearchOperator.EQ or SearchOperator.IN ? any : !any;
    }

    private static double ParseNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
}
