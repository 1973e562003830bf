using System.Collections.Concurrent;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State;

/// <summary>
/// The records of one object type in creation order, with the unique-value and per-property indexes kept in step.
/// Mutations run under the database's write lock; value indexes may be built under its read lock.
/// </summary>
internal sealed class ObjectCollection(ObjectTypeDefinition type)
{
    private readonly Dictionary<long, CrmRecord> byId = [];
    private readonly List<CrmRecord> ordered = [];
    private readonly Dictionary<string, Dictionary<string, long>> uniqueValues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ValueIndex> valueIndexes = new(StringComparer.Ordinal);
    private readonly Lock indexBuildGate = new();

    public ObjectTypeDefinition Type { get; } = type;

    /// <summary>Every record, archived ones included, oldest first.</summary>
    public IReadOnlyList<CrmRecord> Records => ordered;

    public int Count => ordered.Count;

    public CrmRecord? Find(long id) => byId.GetValueOrDefault(id);

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
        foreach (var (name, value) in record.Properties)
        {
            OnValueChanged(record, name, null, value);
        }
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
    }

    /// <summary>The value index of a property, built on first use.</summary>
    public ValueIndex IndexOf(PropertyDefinition property)
    {
        if (valueIndexes.TryGetValue(property.Name, out var index))
        {
            return index;
        }

        lock (indexBuildGate)
        {
            return valueIndexes.GetOrAdd(property.Name, _ =>
            {
                var built = new ValueIndex(property);
                foreach (var record in ordered)
                {
                    built.Add(record, record.Get(property.Name));
                }

                return built;
            });
        }
    }

    private void OnValueChanged(CrmRecord record, string property, string? previous, string? value)
    {
        if (valueIndexes.TryGetValue(property, out var index))
        {
            index.Remove(record, previous);
            index.Add(record, value);
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

        foreach (var part in UniqueParts(Type.Properties[property], value))
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
