using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State;

/// <summary>
/// The records by one property's value, so <c>EQ</c> and <c>IN</c> filters need not scan every record. Each
/// key's records stay in ascending id (creation) order, so a single key's hits need no sorting. Keys follow the property's
/// comparison: case-sensitive for enumerations, lower case otherwise; a multi-select value is indexed under each option.
/// </summary>
internal sealed class ValueIndex(PropertyDefinition property)
{
    private static readonly List<CrmRecord> NoRecords = [];
    private readonly Dictionary<string, List<CrmRecord>> recordsByKey = new(StringComparer.Ordinal);

    public PropertyDefinition Property { get; } = property;

    /// <summary>The records holding a key, in ascending id order.</summary>
    public IReadOnlyList<CrmRecord> Find(string key) => recordsByKey.TryGetValue(key, out var records) ? records : NoRecords;

    public string KeyOf(string value) => Property.IsCaseSensitive ? value : value.ToLowerInvariant();

    public void Add(CrmRecord record, string? value)
    {
        foreach (var key in Keys(value))
        {
            if (!recordsByKey.TryGetValue(key, out var records))
            {
                recordsByKey[key] = records = [];
            }

            if (records.Count == 0 || records[^1].Id < record.Id)
            {
                records.Add(record);
            }
            else if (records.BinarySearch(record, ById) is var at && at < 0)
            {
                records.Insert(~at, record);
            }
        }
    }

    public void Remove(CrmRecord record, string? value)
    {
        foreach (var key in Keys(value))
        {
            if (recordsByKey.TryGetValue(key, out var records) && records.BinarySearch(record, ById) is var at && at >= 0)
            {
                records.RemoveAt(at);
            }
        }
    }

    private static readonly IComparer<CrmRecord> ById = Comparer<CrmRecord>.Create((left, right) => left.Id.CompareTo(right.Id));

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
}
