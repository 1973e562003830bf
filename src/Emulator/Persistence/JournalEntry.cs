using Spoke.Emulator.Associations;
using Spoke.Emulator.Http;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// Turns what one write changed into one journal entry: the state of every record it created or changed (whole, so
/// replaying an entry twice is harmless), the records it erased, each association added or removed, the account's labels
/// and the changed types' pipelines and property groups when they changed, and
/// the properties it created, changed or archived. Read back by <see cref="AccountRestore.ApplyJournalEntry"/>.
/// </summary>
internal static class JournalEntry
{
    /// <summary>The entry; call under the write lock.</summary>
    public static PooledBody Build(CrmDatabase database, WrittenChanges changes) => JsonResponse.Build(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber(DataFileMembers.LastId, database.LastId);
        if (changes.Properties.Count > 0)
        {
            writer.WriteStartObject(DataFileMembers.CreatedProperties);
            foreach (var group in changes.Properties.GroupBy(p => p.TypeId, StringComparer.Ordinal))
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

        if (changes.Touched.Count > 0)
        {
            writer.WriteStartObject(DataFileMembers.Records);
            foreach (var group in changes.Touched.GroupBy(pair => pair.Value.TypeId, StringComparer.Ordinal))
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

        if (changes.Erased.Count > 0)
        {
            writer.WriteStartObject(DataFileMembers.Erased);
            foreach (var group in changes.Erased.GroupBy(e => e.TypeId, StringComparer.Ordinal))
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

        if (changes.Associations.Count > 0)
        {
            writer.WriteStartArray(DataFileMembers.Associations);
            foreach (var (added, fromTypeId, fromId, toTypeId, toId, typeId) in changes.Associations)
            {
                StoredJson.WriteAssociation(writer, added, fromTypeId, fromId, toTypeId, toId, typeId);
            }

            writer.WriteEndArray();
        }

        if (changes.LabelsChanged)
        {
            AssociationLabelsFile.Write(writer, database.AssociationTypes);
        }

        if (changes.PipelineTypes.Count > 0)
        {
            PipelinesFile.Write(writer, database.Pipelines, changes.PipelineTypes);
        }

        if (changes.PropertyGroupTypes.Count > 0)
        {
            PropertyGroupsFile.Write(writer, database.PropertyGroups, changes.PropertyGroupTypes);
        }

        writer.WriteEndObject();
    });
}
