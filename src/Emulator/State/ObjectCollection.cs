using System.Collections.Concurrent;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State.Indexes;

namespace Spoke.Emulator.State;

/// <summary>
/// The records of one object type in creation order, with the unique-value and per-property search indexes kept in step.
/// Each record also gets a slot, its position in the per-property columns, which it keeps until it is removed.
/// Mutations run under the database's write lock; property indexes may be built under its read lock.
/// </summary>
internal sealed class ObjectCollection(ObjectTypeDefinition type)
{
    private const long NeverSearchable = long.MaxValue;

    private readonly Dictionary<long, CrmRecord> byId = [];
    private readonly List<CrmRecord> ordered = [];
    private readonly List<CrmRecord?> bySlot = [];
    private readonly List<long> idBySlot = [];
    private readonly List<long> searchableFromBySlot = [];
    private readonly Dictionary<string, Dictionary<string, long>> uniqueValues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PropertyIndex> propertyIndexes = new(StringComparer.Ordinal);
    private readonly Lock indexBuildGate = new();

    public ObjectTypeDefinition Type { get; } = type;

    /// <summary>Every record, archived ones included, oldest first.</summary>
    public IReadOnlyList<CrmRecord> Records => ordered;

    public int Count => ordered.Count;

    public CrmRecord? Find(long id) => byId.GetValueOrDefault(id);

    /// <summary>One more than the highest slot handed out; removed records leave their slot empty.</summary>
    public int SlotCount => bySlot.Count;

    /// <summary>The record in a slot, or <see langword="null"/> when it was removed.</summary>
    public CrmRecord? AtSlot(int slot) => bySlot[slot];

    /// <summary>The id of the record in a slot (of the removed record when empty).</summary>
    public long IdAt(int slot) => idBySlot[slot];

    /// <summary>
    /// Whether a search may return the record in a slot: it exists, is not archived, and was last changed no later than
    /// <paramref name="visibleBeforeTicks"/> (UTC ticks; the search indexing delay).
    /// </summary>
    public bool IsSearchable(int slot, long visibleBeforeTicks) => searchableFromBySlot[slot] <= visibleBeforeTicks;

    /// <summary>The live record holding <paramref name="value"/> in a unique property, compared ignoring case.</summary>
    public CrmRecord? FindByUniqueValue(string property, string value) =>
        uniqueValues.TryGetValue(property, out var values) && values.TryGetValue(value.ToLowerInvariant(), out var id)
            ? byId[id]
            : null;

    public void Add(CrmRecord record)
    {
        if (ordered.Count > 0 && ordered[^1].Id > record.Id)
        {
            var at = ordered.FindIndex(r => r.Id > record.Id);
            ordered.Insert(at, record);
        }
        else
        {
            ordered.Add(record);
        }

        byId[record.Id] = record;
        record.Slot = bySlot.Count;
        bySlot.Add(record);
        idBySlot.Add(record.Id);
        searchableFromBySlot.Add(SearchableFrom(record));
        foreach (var (name, value) in record.Properties)
        {
            OnValueChanged(record, name, null, value);
        }
    }

    /// <summary>Marks a record as changed at <paramref name="at"/>, which hides it from searches for the indexing delay.</summary>
    public void Touch(CrmRecord record, DateTimeOffset at)
    {
        record.UpdatedAt = at;
        searchableFromBySlot[record.Slot] = SearchableFrom(record);
    }

    /// <summary>Sets (or with <see langword="null"/> clears) one value, keeping every index in step.</summary>
    public void SetValue(CrmRecord record, string property, string? value)
    {
        var previous = record.Get(property);
        if (previous == value)
        {
            return;
        }

        if (value is null)
        {
            record.Properties.Remove(property);
        }
        else
        {
            record.Properties[property] = value;
        }

        OnValueChanged(record, property, previous, value);
    }

    public void Archive(CrmRecord record, DateTimeOffset at)
    {
        record.ArchivedAt = at;
        searchableFromBySlot[record.Slot] = NeverSearchable;
        foreach (var (name, value) in record.Properties)
        {
            ReleaseUnique(record, name, value);
        }
    }

    /// <summary>Removes a record for good (GDPR delete, merge).</summary>
    public void Remove(CrmRecord record)
    {
        foreach (var name in record.Properties.Keys.ToList())
        {
            SetValue(record, name, null);
        }

        byId.Remove(record.Id);
        ordered.Remove(record);
        bySlot[record.Slot] = null;
        searchableFromBySlot[record.Slot] = NeverSearchable;
    }

    /// <summary>
    /// Drops a property's search column (its type changed or it was archived) and, when it is archived, the unique values
    /// its records claimed. Values stay on the records.
    /// </summary>
    public void ForgetProperty(string property)
    {
        propertyIndexes.TryRemove(property, out _);
        if (!Type.Properties.ContainsKey(property))
        {
            uniqueValues.Remove(property);
        }
    }

    /// <summary>The column and index of a property, built on first use.</summary>
    public PropertyIndex IndexOf(PropertyDefinition property)
    {
        if (propertyIndexes.TryGetValue(property.Name, out var index))
        {
            return index;
        }

        lock (indexBuildGate)
        {
            return propertyIndexes.GetOrAdd(property.Name, _ => new PropertyIndex(property, bySlot.ConvertAll(r => r?.Get(property.Name))));
        }
    }

    private static long SearchableFrom(CrmRecord record) => record.IsArchived ? NeverSearchable : record.UpdatedAt.UtcTicks;

    private void OnValueChanged(CrmRecord record, string property, string? previous, string? value)
    {
        if (propertyIndexes.TryGetValue(property, out var index))
        {
            index.Set(record.Slot, value);
        }

        if (!Type.TryGetProperty(property, out var definition) || !definition.HasUniqueValue)
        {
            return;
        }

        ReleaseUnique(record, property, previous);
        if (value is not null && !record.IsArchived)
        {
            if (!uniqueValues.TryGetValue(property, out var values))
            {
                uniqueValues[property] = values = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            foreach (var part in UniqueParts(definition, value))
            {
                values[part] = record.Id;
            }
        }
    }

    private void ReleaseUnique(CrmRecord record, string property, string? value)
    {
        if (value is null || !uniqueValues.TryGetValue(property, out var values))
        {
            return;
        }

        if (!Type.TryGetProperty(property, out var definition))
        {
            return;
        }

        foreach (var part in UniqueParts(definition, value))
        {
            if (values.TryGetValue(part, out var holder) && holder == record.Id)
            {
                values.Remove(part);
            }
        }
    }

    private static IEnumerable<string> UniqueParts(PropertyDefinition property, string value) =>
        property.Type == PropertyType.Enumeration || property.IsMultiSelect
            ? value.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(v => v.ToLowerInvariant())
            : [value.ToLowerInvariant()];
}
