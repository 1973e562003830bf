using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// Everything a search reads about one property: its <see cref="PropertyColumn"/>, built from the records on first use,
/// and, once a filter asks for candidates, either a <see cref="ValueIndex"/> (text: strings, enumerations, booleans) or
/// an <see cref="OrderedIndex"/> (numbers, dates, datetimes), built from the column. A property only sorted on or
/// token-matched never pays for an index. Whatever exists is kept in step with every write.
/// </summary>
internal sealed class PropertyIndex
{
    private readonly Lock buildGate = new();
    private ValueIndex? values;
    private OrderedIndex? ordered;

    // One more than the highest slot the column has seen.
    private int slotCount;

    /// <param name="property">The property indexed.</param>
    /// <param name="valuesBySlot">Its value in each record slot (<see langword="null"/> for none or an empty slot).</param>
    public PropertyIndex(PropertyDefinition property, IReadOnlyList<string?> valuesBySlot)
    {
        Column = new PropertyColumn(property);
        for (var slot = 0; slot < valuesBySlot.Count; slot++)
        {
            if (valuesBySlot[slot] is { } value)
            {
                Column.Set(slot, value);
            }
        }

        slotCount = valuesBySlot.Count;
    }

    public PropertyColumn Column { get; }

    /// <summary>The value index of a text property, built on first use; null for numbers, dates and datetimes.</summary>
    public ValueIndex? Values => Column.HasNumericKeys ? null : Volatile.Read(ref values) ?? Build(ref values, BuildValues);

    /// <summary>The ordered index of a number, date or datetime property, built on first use; null for text.</summary>
    public OrderedIndex? Ordered => Column.HasNumericKeys ? Volatile.Read(ref ordered) ?? Build(ref ordered, BuildOrdered) : null;

    /// <summary>Moves one slot from its previous value to a new one (either may be <see langword="null"/>).</summary>
    public void Set(int slot, string? value)
    {
        var previous = Column.Value(slot);
        if (previous is not null)
        {
            ordered?.Remove(Column.Key(slot), slot);
        }

        values?.Remove(slot, previous);
        Column.Set(slot, value);
        slotCount = Math.Max(slotCount, slot + 1);
        if (value is not null)
        {
            ordered?.Add(Column.Key(slot), slot);
        }

        values?.Add(slot, value);
    }

    // Searches build indexes under the database's read lock, so several may try at once; writes never run meanwhile.
    private T Build<T>(ref T? field, Func<T> build)
        where T : class
    {
        lock (buildGate)
        {
            if (Volatile.Read(ref field) is { } built)
            {
                return built;
            }

            var created = build();
            Volatile.Write(ref field, created);
            return created;
        }
    }

    private ValueIndex BuildValues()
    {
        var index = new ValueIndex(Column.Property);
        for (var slot = 0; slot < slotCount; slot++)
        {
            index.Add(slot, Column.Value(slot));
        }

        return index;
    }

    private OrderedIndex BuildOrdered()
    {
        var entries = new List<(double, int)>(Column.Count);
        for (var slot = 0; slot < slotCount; slot++)
        {
            if (Column.Value(slot) is not null)
            {
                entries.Add((Column.Key(slot), slot));
            }
        }

        return new OrderedIndex(entries);
    }
}
