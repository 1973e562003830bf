using System.Buffers;
using System.Globalization;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Search;

/// <summary>
/// The matching rules that are not a comparison of one property value: tokens (<c>CONTAINS_TOKEN</c>), the free-text
/// <c>query</c> and <c>associations.{type}</c> filters.
/// </summary>
internal static class FilterMatcher
{
    private static readonly SearchValues<char> TokenSeparators = SearchValues.Create(" \t\n\r@.,;:-_/()!?\"'");

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

    /// <summary>
    /// Whether a value contains a token, ignoring case: the whole value, or one of its parts between separators
    /// (spaces, <c>@</c>, dots, punctuation). A token with <c>*</c> is a wildcard pattern.
    /// </summary>
    public static bool ContainsToken(string value, string token)
    {
        var wildcard = token.Contains('*', StringComparison.Ordinal);
        if (Matches(token, value, wildcard))
        {
            return true;
        }

        var rest = value.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny(TokenSeparators);
            var part = end < 0 ? rest : rest[..end];
            if (part.Length > 0 && Matches(token, part, wildcard))
            {
                return true;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return false;
    }

    /// <summary>Whether a record (by id) is associated with any of an <c>associations.{type}</c> filter's ids, for EQ and IN; the reverse for NEQ and NOT_IN.</summary>
    public static bool MatchesAssociation(SearchFilter filter, long recordId, CrmDatabase database, string typeId)
    {
        var targets = database.Associations.From(typeId, recordId, filter.AssociatedTypeId!);
        var any = filter.Values.Any(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && targets.ContainsKey(id));
        return filter.Operator is SearchOperator.EQ or SearchOperator.IN ? any : !any;
    }

    private static bool Matches(string token, ReadOnlySpan<char> text, bool wildcard) =>
        wildcard ? WildcardPattern.Matches(token, text) : text.Equals(token, StringComparison.OrdinalIgnoreCase);
}
