using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// The record slots by one text property's value, so <c>EQ</c> and <c>IN</c> filters need not scan every record. Keys
/// follow the property's comparison: as written for enumerations (case-sensitive), upper-cased otherwise, which is how
/// ordinal ignore-case comparison folds case; a multi-select value is indexed under each of its options.
/// </summary>
internal sealed class ValueIndex(PropertyDefinition property)
{
    private static readonly HashSet<int> NoSlots = [];
    private readonly Dictionary<string, HashSet<int>> slotsByKey = new(StringComparer.Ordinal);

    /// <summary>Whether a hit is an exact match; otherwise hits are candidates the filter must still check.</summary>
    public bool IsExact { get; } = property.IsCaseSensitive;

    /// <summary>The slots holding a value, in no particular order.</summary>
    public IReadOnlyCollection<int> Find(string value) =>
        slotsByKey.TryGetValue(KeyOf(value), out var slots) ? slots : NoSlots;

    public void Add(int slot, string? value)
    {
        foreach (var key in Keys(value))
        {
            if (!slotsByKey.TryGetValue(key, out var slots))
            {
                slotsByKey[key] = slots = [];
            }

            slots.Add(slot);
        }
    }

    public void Remove(int slot, string? value)
    {
        foreach (var key in Keys(value))
        {
            if (slotsByKey.TryGetValue(key, out var slots) && slots.Remove(slot) && slots.Count == 0)
            {
                slotsByKey.Remove(key);
            }
        }
    }

    private string KeyOf(string value) => IsExact ? value : value.ToUpperInvariant();

    private IEnumerable<string> Keys(string? value)
    {
        if (value is null)
        {
            return [];
        }

        return property.IsMultiSelect
            ? value.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(KeyOf)
            : [KeyOf(value)];
    }
}
