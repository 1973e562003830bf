using System.Text.Json;
using Spoke.Emulator.Associations;
using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// An account being read back from its data file and journal. Records are gathered by id first, so a record changed many
/// times in the journal is added to its collection once, in id order; associations and created properties go straight
/// to the database; the account's labels, and each type's pipelines and property groups, are taken from the last snapshot or entry that
/// holds them.
/// </summary>
internal sealed class AccountRestore(CrmDatabase database)
{
    private readonly Dictionary<string, Dictionary<long, CrmRecord>> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Pipeline>> pipelines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PropertyGroup>> propertyGroups = new(StringComparer.Ordinal);
    private JsonElement? labels;
    private long lastId;

    /// <summary>Reads a data file's root; returns the number of the first journal segment written after it.</summary>
    public long ApplySnapshot(JsonElement root)
    {
        AddProperties(root);
        foreach (var group in root.GetProperty(DataFileMembers.Records).EnumerateObject())
        {
            if (database.Schema.TryResolve(group.Name, out var type))
            {
                var byId = RecordsOf(type);
                foreach (var stored in group.Value.EnumerateArray())
                {
                    var record = StoredJson.ReadRecord(stored);
                    byId[record.Id] = record;
                }
            }
        }

        foreach (var link in root.GetProperty(DataFileMembers.Associations).EnumerateArray())
        {
            database.Associations.Add(link[0].GetString()!, link[1].GetInt64(), link[2].GetString()!, link[3].GetInt64(), link[4].GetInt32());
        }

        TakeLabels(root);
        PipelinesFile.Read(root, pipelines);
        PropertyGroupsFile.Read(root, propertyGroups);
        lastId = Math.Max(lastId, root.GetProperty(DataFileMembers.LastId).GetInt64());
        return root.TryGetProperty(DataFileMembers.Journal, out var journal) ? journal.GetInt64() : 1;
    }

    /// <summary>Replays one journal entry (see <see cref="JournalEntry.Build"/>).</summary>
    public void ApplyJournalEntry(JsonElement entry)
    {
        AddProperties(entry);
        if (entry.TryGetProperty(DataFileMembers.Records, out var changed))
        {
            foreach (var group in changed.EnumerateObject())
            {
                if (database.Schema.TryResolve(group.Name, out var type))
                {
                    var byId = RecordsOf(type);
                    foreach (var stored in group.Value.EnumerateArray())
                    {
                        var record = StoredJson.ReadRecord(stored);
                        byId[record.Id] = record;
                    }
                }
            }
        }

        if (entry.TryGetProperty(DataFileMembers.Erased, out var erased))
        {
            foreach (var group in erased.EnumerateObject())
            {
                if (database.Schema.TryResolve(group.Name, out var type))
                {
                    var byId = RecordsOf(type);
                    foreach (var id in group.Value.EnumerateArray())
                    {
                        byId.Remove(id.GetInt64());
                    }
                }
            }
        }

        if (entry.TryGetProperty(DataFileMembers.Associations, out var associations))
        {
            foreach (var change in associations.EnumerateArray())
            {
                var (fromTypeId, fromId, toTypeId, toId, typeId) = (change[1].GetString()!, change[2].GetInt64(), change[3].GetString()!, change[4].GetInt64(), change[5].GetInt32());
                if (change[0].GetBoolean())
                {
                    database.Associations.Add(fromTypeId, fromId, toTypeId, toId, typeId);
                }
                else
                {
                    database.Associations.Remove(fromTypeId, fromId, toTypeId, toId, typeId);
                }
            }
        }

        TakeLabels(entry);
        PipelinesFile.Read(entry, pipelines);
        PropertyGroupsFile.Read(entry, propertyGroups);
        lastId = Math.Max(lastId, entry.GetProperty(DataFileMembers.LastId).GetInt64());
    }

    /// <summary>Puts the gathered records and labels into the database; call once, under its write lock.</summary>
    public void Complete()
    {
        if (labels is { } restored)
        {
            AssociationLabelsFile.Read(restored, database.AssociationTypes);
        }

        foreach (var type in database.Schema.Types)
        {
            if (pipelines.TryGetValue(type.TypeId, out var typePipelines))
            {
                database.Pipelines.Restore(type, typePipelines);
            }

            if (propertyGroups.TryGetValue(type.TypeId, out var groups))
            {
                database.PropertyGroups.Restore(type, groups);
            }

            if (records.TryGetValue(type.TypeId, out var byId))
            {
                var collection = database.Collection(type);
                foreach (var id in byId.Keys.Order())
                {
                    collection.Add(byId[id]);
                }
            }
        }

        database.EnsureIdsAbove(lastId);
    }

    private Dictionary<long, CrmRecord> RecordsOf(ObjectTypeDefinition type)
    {
        if (!records.TryGetValue(type.TypeId, out var byId))
        {
            records[type.TypeId] = byId = [];
        }

        return byId;
    }

    private void AddProperties(JsonElement holder)
    {
        if (!holder.TryGetProperty(DataFileMembers.CreatedProperties, out var created))
        {
            return;
        }

        foreach (var group in created.EnumerateObject())
        {
            if (database.Schema.TryResolve(group.Name, out var type))
            {
                foreach (var property in group.Value.EnumerateArray())
                {
                    type.PutProperty(PropertyDefinitionReader.Read(property, "data file", definedThroughApi: true));
                }
            }
        }
    }

    private void TakeLabels(JsonElement holder)
    {
        if (holder.TryGetProperty(AssociationLabelsFile.MemberName, out var held))
        {
            labels = held.Clone();
        }
    }
}
