using System.Globalization;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Search;

/// <summary>
/// The matching rules that read more than one property column: the free-text <c>query</c> and
/// <c>associations.{type}</c> filters.
/// </summary>
internal static class FilterMatcher
{
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

    /// <summary>Whether a record (by id) is associated with any of an <c>associations.{type}</c> filter's ids, for EQ and IN; the reverse for NEQ and NOT_IN.</summary>
    public static bool MatchesAssociation(SearchFilter filter, long recordId, CrmDatabase database, string typeId)
    {
        var targets = database.Associations.From(typeId, recordId, filter.AssociatedTypeId!);
        var any = filter.Values.Any(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && targets.ContainsKey(id));
        return filter.Operator is SearchOperator.EQ or SearchOperator.IN ? any : !any;
    }
}
