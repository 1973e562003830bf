using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// One property's values laid out by record slot: the stored text, its case-folded form (upper-cased invariantly, which
/// is how ordinal ignore-case comparison folds case, so token rules compare folded text ordinally) with its packed
/// <see cref="TextEnds"/>, and for numbers,
/// dates and datetimes the numeric key parsed when the value was written. Filters and sorts read these arrays instead
/// of each record's dictionary.
/// </summary>
internal sealed class PropertyColumn(PropertyDefinition property)
{
    private string?[] values = [];
    private string?[] folded = [];
    private TextEnds[] ends = [];

    // Enumerations and booleans hold a few distinct values: fold each once rather than once per record.
    private readonly Dictionary<string, string>? foldedOptions =
        property.Type is PropertyType.Enumeration or PropertyType.Bool ? new(StringComparer.Ordinal) : null;
    private double[] keys = [];

    public PropertyDefinition Property { get; } = property;

    /// <summary>Whether <see cref="Key"/> orders the values (numbers, dates, datetimes); otherwise they compare as text.</summary>
    public bool HasNumericKeys { get; } = ColumnKeys.IsNumeric(property.Type);

    /// <summary>How many slots hold a value.</summary>
    public int Count { get; private set; }

    /// <summary>The stored value of a slot, or <see langword="null"/> when unset.</summary>
    public string? Value(int slot) => slot < values.Length ? values[slot] : null;

    /// <summary>The case-folded value of a slot holding a value.</summary>
    public string Folded(int slot) => folded[slot]!;

    /// <summary>The packed ends of a slot's case-folded value (<see cref="TextEnds.Unpacked"/> when not ASCII).</summary>
    public TextEnds Ends(int slot) => ends[slot];

    /// <summary>The numeric key of a slot holding a value; only for columns with <see cref="HasNumericKeys"/>.</summary>
    public double Key(int slot) => keys[slot];

    public void Set(int slot, string? value)
    {
        if (slot >= values.Length)
        {
            var capacity = Math.Max(slot + 1, Math.Max(16, values.Length * 2));
            Array.Resize(ref values, capacity);
            Array.Resize(ref folded, capacity);
            Array.Resize(ref ends, capacity);
            if (HasNumericKeys)
            {
                Array.Resize(ref keys, capacity);
            }
        }

        Count += (value is null ? 0 : 1) - (values[slot] is null ? 0 : 1);
        values[slot] = value;
        folded[slot] = value is null ? null : Fold(value);
        ends[slot] = value is null ? TextEnds.Unpacked : TextEnds.Of(folded[slot]);
        if (HasNumericKeys)
        {
            keys[slot] = value is null ? double.NaN : ColumnKeys.Of(Property.Type, value);
        }
    }

    private string Fold(string value)
    {
        if (foldedOptions is null)
        {
            return value.ToUpperInvariant();
        }

        if (!foldedOptions.TryGetValue(value, out var upper))
        {
            foldedOptions[value] = upper = value.ToUpperInvariant();
        }

        return upper;
    }
}
