using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// Everything a search reads about one property: its <see cref="PropertyColumn"/>, and either a
/// <see cref="ValueIndex"/> (text: strings, enumerations, booleans) or an <see cref="OrderedIndex"/> (numbers, dates,
/// datetimes). Built from the records on first use, then kept in step with every write.
/// </summary>
internal sealed class PropertyIndex
{
    public PropertyIndex(PropertyDefinition property, IReadOnlyList<CrmRecord?> recordsBySlot)
    {
        Column = new PropertyColumn(property);
        var entries = new List<(double, int)>();
        for (var slot = 0; slot < recordsBySlot.Count; slot++)
        {
            if (recordsBySlot[slot]?.Get(property.Name) is { } value)
            {
                Column.Set(slot, value);
                if (Column.HasNumericKeys)
                {
                    entries.Add((Column.Key(slot), slot));
                }
            }
        }

        if (Column.HasNumericKeys)
        {
            Ordered = new OrderedIndex(entries);
            return;
        }

        Values = new ValueIndex(property);
        for (var slot = 0; slot < recordsBySlot.Count; slot++)
        {
            Values.Add(slot, Column.Value(slot));
        }
    }

    public PropertyColumn Column { get; }

    /// <summary>The value index of a text property; null for numbers, dates and datetimes.</summary>
    public ValueIndex? Values { get; }

    /// <summary>The ordered index of a number, date or datetime property; null for text.</summary>
    public OrderedIndex? Ordered { get; }

    /// <summary>Moves one slot from its previous value to a new one (either may be <see langword="null"/>).</summary>
    public void Set(int slot, string? value)
    {
        var previous = Column.Value(slot);
        if (previous is not null && Ordered is not null)
        {
            Ordered.Remove(Column.Key(slot), slot);
        }

        Values?.Remove(slot, previous);
        Column.Set(slot, value);
        if (value is not null && Ordered is not null)
        {
            Ordered.Add(Column.Key(slot), slot);
        }

        Values?.Add(slot, value);
    }
}
