using System.Text.Json;
using Spoke.Emulator.Associations;
using Spoke.Emulator.Http;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// What one write changed, gathered while it runs under the database's write lock and turned into one journal entry at
/// its end: the state of every record it created or changed (whole, so replaying an entry twice is harmless), the records
/// it erased, each association added or removed, the account's labels when they changed, and properties it created.
/// </summary>
internal sealed class JournalChanges
{
    private readonly Dictionary<CrmRecord, ObjectTypeDefinition> touched = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string TypeId, long Id)> erased = [];
    private readonly List<(bool Added, string FromTypeId, long FromId, string ToTypeId, long ToId, int TypeId)> associations = [];
    private readonly List<(string TypeId, PropertyDefinition Property)> properties = [];
    private bool labelsChanged;

    public bool IsEmpty => touched.Count == 0 && erased.Count == 0 && associations.Count == 0 && properties.Count == 0 && !labelsChanged;

    public void RecordChanged(ObjectTypeDefinition type, CrmRecord record) => touched[record] = type;

    public void RecordErased(ObjectTypeDefinition type, CrmRecord record)
    {
        touched.Remove(record);
        erased.Add((type.TypeId, record.Id));
    }

    public void AssociationAdded(string fromTypeId, long fromId, string toTypeId, long toId, int typeId) =>
        associations.Add((true, fromTypeId, fromId, toTypeId, toId, typeId));

    public void AssociationRemoved(string fromTypeId, long fromId, string toTypeId, long toId, int typeId) =>
        associations.Add((false, fromTypeId, fromId, toTypeId, toId, typeId));

    public void LabelsChanged() => labelsChanged = true;

    public void PropertyCreated(ObjectTypeDefinition type, PropertyDefinition property) => properties.Add((type.TypeId, property));

    /// <summary>The entry, read by <see cref="AccountRestore.ApplyJournalEntry"/>; call under the write lock.</summary>
    public PooledBody ToEntry(CrmDatabase database) => JsonResponse.Build(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber(DataFileMembers.LastId, database.LastId);
        if (properties.Count > 0)
        {
            writer.WriteStartObject(DataFileMembers.CreatedProperties);
            foreach (var group in properties.GroupBy(p => p.TypeId, StringComparer.Ordinal))
            {
                writer.WriteStartArray(group.Key);
                foreach (var (_, property) in group)
                {
                    writer.WriteRawValue(property.Json, skipInputValidation: true);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        if (touched.Count > 0)
        {
            writer.WriteStartObject(DataFileMembers.Records);
            foreach (var group in touched.GroupBy(pair => pair.Value.TypeId, StringComparer.Ordinal))
            {
                writer.WriteStartArray(group.Key);
                foreach (var (record, _) in group)
                {
                    StoredJson.WriteRecord(writer, record);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        if (erased.Count > 0)
        {
            writer.WriteStartObject(DataFileMembers.Erased);
            foreach (var group in erased.GroupBy(e => e.TypeId, StringComparer.Ordinal))
            {
                writer.WriteStartArray(group.Key);
                foreach (var (_, id) in group)
                {
                    writer.WriteNumberValue(id);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        if (associations.Count > 0)
        {
            writer.WriteStartArray(DataFileMembers.Associations);
            foreach (var (added, fromTypeId, fromId, toTypeId, toId, typeId) in associations)
            {
                StoredJson.WriteAssociation(writer, added, fromTypeId, fromId, toTypeId, toId, typeId);
            }

            writer.WriteEndArray();
        }

        if (labelsChanged)
        {
            AssociationLabelsFile.Write(writer, database.AssociationTypes);
        }

        writer.WriteEndObject();
    });
}
