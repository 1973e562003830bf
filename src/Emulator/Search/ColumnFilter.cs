using Spoke.Emulator.Schema;
using Spoke.Emulator.State.Indexes;

namespace Spoke.Emulator.Search;

/// <summary>
/// A property filter evaluated on the property's column, with HubSpot's type rules: numbers, dates and datetimes
/// compare by their parsed keys (numerically, chronologically), enumerations case-sensitively and other strings
/// ignoring case; a multi-select value equals a filter value when any of its options does.
/// </summary>
internal sealed class ColumnFilter : SlotFilter
{
    private readonly PropertyColumn column;
    private readonly double[] keys;
    private readonly StringComparison comparison;
    private readonly TokenMatcher? token;

    public ColumnFilter(SearchFilter filter, PropertyColumn column)
        : base(filter)
    {
        this.column = column;
        var type = column.Property.Type;
        keys = column.HasNumericKeys ? [.. filter.Values.Select(v => ColumnKeys.Of(type, v))] : [];
        token = filter.Operator is SearchOperator.CONTAINS_TOKEN or SearchOperator.NOT_CONTAINS_TOKEN ? new TokenMatcher(filter.Values[0]) : null;
        comparison = type is PropertyType.String or PropertyType.PhoneNumber ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }

    public override int Cost => Filter.Operator switch
    {
        SearchOperator.HAS_PROPERTY or SearchOperator.NOT_HAS_PROPERTY => 0,
        SearchOperator.CONTAINS_TOKEN or SearchOperator.NOT_CONTAINS_TOKEN => 3,
        _ => column.HasNumericKeys ? 1 : 2,
    };

    public override bool Matches(int slot)
    {
        var value = column.Value(slot);
        return Filter.Operator switch
        {
            SearchOperator.HAS_PROPERTY => value is not null,
            SearchOperator.NOT_HAS_PROPERTY => value is null,
            SearchOperator.EQ => value is not null && IsEqual(slot, value, 0),
            SearchOperator.NEQ => value is null || !IsEqual(slot, value, 0),
            SearchOperator.LT => value is not null && Compare(slot, value, 0) < 0,
            SearchOperator.LTE => value is not null && Compare(slot, value, 0) <= 0,
            SearchOperator.GT => value is not null && Compare(slot, value, 0) > 0,
            SearchOperator.GTE => value is not null && Compare(slot, value, 0) >= 0,
            SearchOperator.BETWEEN => value is not null && Compare(slot, value, 0) >= 0 && Compare(slot, value, 1) <= 0,
            SearchOperator.IN => value is not null && IsAnyEqual(slot, value),
            SearchOperator.NOT_IN => value is null || !IsAnyEqual(slot, value),
            SearchOperator.CONTAINS_TOKEN => value is not null && token!.Matches(column, slot),
            SearchOperator.NOT_CONTAINS_TOKEN => value is null || !token!.Matches(column, slot),
            _ => false,
        };
    }

    private bool IsAnyEqual(int slot, string value)
    {
        for (var index = 0; index < Filter.Values.Count; index++)
        {
            if (IsEqual(slot, value, index))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsEqual(int slot, string value, int index)
    {
        if (!column.Property.IsMultiSelect)
        {
            return Compare(slot, value, index) == 0;
        }

        var wanted = Filter.Values[index];
        foreach (var option in value.AsSpan().Split(';'))
        {
            if (value.AsSpan(option).SequenceEqual(wanted))
            {
                return true;
            }
        }

        return false;
    }

    private int Compare(int slot, string value, int index) =>
        column.HasNumericKeys
            ? column.Key(slot).CompareTo(keys[index])
            : string.Compare(value, Filter.Values[index], comparison);
}
