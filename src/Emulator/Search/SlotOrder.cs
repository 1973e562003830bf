using Spoke.Emulator.Schema;
using Spoke.Emulator.State;
using Spoke.Emulator.State.Indexes;

namespace Spoke.Emulator.Search;

/// <summary>
/// The order of search results over record slots: by the sort property (numbers, dates and datetimes by their parsed
/// keys, strings ignoring case, other values ordinally; unset values last in either direction), then by id; without a
/// sort, by id alone (oldest first).
/// </summary>
internal sealed class SlotOrder(ObjectCollection collection, SearchSort? sort) : IComparer<int>
{
    private readonly PropertyColumn? column = sort is null ? null : collection.IndexOf(sort.Property).Column;
    private readonly StringComparison comparison =
        sort?.Property.Type is PropertyType.String or PropertyType.PhoneNumber ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Negative when <paramref name="left"/> comes first.</summary>
    public int Compare(int left, int right)
    {
        if (column is not null && ByValue(column, left, right) is var byValue && byValue != 0)
        {
            return byValue;
        }

        return collection.IdAt(left).CompareTo(collection.IdAt(right));
    }

    private int ByValue(PropertyColumn sorted, int left, int right)
    {
        var leftValue = sorted.Value(left);
        var rightValue = sorted.Value(right);
        if (leftValue is null || rightValue is null)
        {
            return leftValue is null ? (rightValue is null ? 0 : 1) : -1;
        }

        var order = sorted.HasNumericKeys
            ? sorted.Key(left).CompareTo(sorted.Key(right))
            : string.Compare(leftValue, rightValue, comparison);
        return sort!.Descending ? -order : order;
    }
}
