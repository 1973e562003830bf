using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State;

/// <summary>
/// The ids of records by one property's value, so <c>EQ</c> and <c>IN</c> filters need not scan every record.
/// Keys follow the property's comparison: case-sensitive for enumerations, lower case otherwise; a multi-select value
/// is indexed under each of its options.
/// </summary>
internal sealed class ValueIndex(PropertyDefinition property)
{
    private readonly Dictionary<string, HashSet<long>> idsByKey = new(StringComparer.Ordinal);

    public PropertyDefinition Property { get; } = property;

    public IReadOnlySet<long> Find(string key) =>
        idsByKey.TryGetValue(key, out var ids) ? ids : EmptySet;

    public string KeyOf(string value) => Property.IsCaseSensitive ? value : value.ToLowerInvariant();

    public void Add(long id, string? value)
    {
        foreach (var key in Keys(value))
        {
            if (!idsByKey.TryGetValue(key, out var ids))
            {
                idsByKey[key] = ids = [];
            }

            ids.Add(id);
        }
    }

    public void Remove(long id, string? value)
    {
        foreach (var key in Keys(value))
        {
            if (idsByKey.TryGetValue(key, out var ids))
            {
                ids.Remove(id);
            }
        }
    }

    private IEnumerable<string> Keys(string? value)
    {
        if (value is null)
        {
            return [];
        }

        return Property.IsMultiSelect
            ? value.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(KeyOf)
            : [KeyOf(value)];
    }

    private static readonly HashSet<long> EmptySet = [];
}
