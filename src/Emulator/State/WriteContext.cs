using Spoke.Emulator.Associations;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.State;

/// <summary>
/// The one place records, associations, labels and created properties change: maintains HubSpot's system properties
/// and timestamps, records each change for the feed and, with a data file, for the journal. Lives for one write under
/// the database's write lock.
/// </summary>
internal sealed class WriteContext(CrmDatabase database, DateTimeOffset now, bool recordChanges, WrittenChanges? journal)
{
    public CrmDatabase Database { get; } = database;

    public DateTimeOffset Now { get; } = now;

    public List<PendingChange> Changes { get; } = [];

    /// <summary>What this write changed, for the data file's journal; <see langword="null"/> without a data file.</summary>
    public WrittenChanges? Journal { get; } = journal;

    private void Record(PendingChange change)
    {
        if (recordChanges)
        {
            Changes.Add(change);
        }
    }

    /// <summary>Creates a record from already validated values.</summary>
    public CrmRecord Create(ObjectTypeDefinition type, IReadOnlyDictionary<string, string> values, DateTimeOffset? createdAt = null)
    {
        var at = createdAt ?? Now;
        var record = new CrmRecord(Database.NextId(), at);
        foreach (var (name, value) in values)
        {
            record.Properties[name] = value;
        }

        var stamp = WireFormat.Timestamp(at);
        var id = WireFormat.Id(record.Id);
        record.Properties["hs_object_id"] = id;
        if (type.Properties.ContainsKey(MergedIds.AllContactIds))
        {
            record.Properties[MergedIds.AllContactIds] = id;
        }

        foreach (var name in type.CreateDateProperties)
        {
            record.Properties[name] = stamp;
        }

        foreach (var name in type.LastModifiedProperties)
        {
            record.Properties[name] = stamp;
        }

        Database.Collection(type).Add(record);
        Journal?.RecordChanged(type, record);
        if (recordChanges)
        {
            Record(new PendingChange(EmulatorChangeKind.Created, type.Name, type.TypeId, record.Id));
            foreach (var (name, value) in record.Properties)
            {
                Record(PropertyChanged(type, record, name, value));
            }
        }

        return record;
    }

    /// <summary>Applies already validated values; returns the names of the properties whose value changed.</summary>
    public IReadOnlyList<string> Update(ObjectTypeDefinition type, CrmRecord record, IReadOnlyDictionary<string, string?> values)
    {
        var collection = Database.Collection(type);
        var changed = new List<string>();
        foreach (var (name, value) in values)
        {
            var previous = record.Get(name);
            if (previous != value)
            {
                PropertyHistory.Record(type, record, name, previous, value, Now);
                collection.SetValue(record, name, value);
                changed.Add(name);
                Record(PropertyChanged(type, record, name, value));
            }
        }

        if (changed.Count > 0)
        {
            Journal?.RecordChanged(type, record);
            collection.Touch(record, Now);
            var stamp = WireFormat.Timestamp(Now);
            foreach (var name in type.LastModifiedProperties)
            {
                collection.SetValue(record, name, stamp);
            }
        }

        return changed;
    }

    public void Archive(ObjectTypeDefinition type, CrmRecord record)
    {
        if (record.IsArchived)
        {
            return;
        }

        var collection = Database.Collection(type);
        collection.Archive(record, Now);
        collection.Touch(record, Now);
        Journal?.RecordChanged(type, record);
        Record(new PendingChange(EmulatorChangeKind.Archived, type.Name, type.TypeId, record.Id));
    }

    /// <summary>Erases a record and its associations for good.</summary>
    public void Delete(ObjectTypeDefinition type, CrmRecord record, EmulatorChangeKind kind)
    {
        foreach (var (toTypeId, toId, typeId) in Database.Associations.AllFrom(type.TypeId, record.Id))
        {
            RemoveAssociationType(type.TypeId, record.Id, toTypeId, toId, typeId);
        }

        Database.Collection(type).Remove(record);
        Journal?.RecordErased(type, record);
        Record(new PendingChange(kind, type.Name, type.TypeId, record.Id));
    }

    public void RecordMerge(ObjectTypeDefinition type, CrmRecord primary, long mergedId) =>
        Record(new PendingChange(EmulatorChangeKind.Merged, type.Name, type.TypeId, primary.Id) { MergedObjectIds = [mergedId] });

    /// <summary>
    /// Adds an association type in both directions. A labelled type (primary or an account label) also adds the unlabeled
    /// type, as on HubSpot; a primary type moves the primary flag away from the record's previous primary target, as
    /// HubSpot allows one primary company per record.
    /// </summary>
    public void Associate(long fromId, long toId, AssociationTypeDefinition type)
    {
        if (type.IsPrimary)
        {
            foreach (var (otherId, types) in Database.Associations.From(type.FromTypeId, fromId, type.ToTypeId).ToList())
            {
                if (otherId != toId && types.Contains(type.TypeId))
                {
                    RemoveAssociationType(type.FromTypeId, fromId, type.ToTypeId, otherId, type.TypeId);
                }
            }
        }

        if (type.Label is not null && Database.AssociationTypes.DefaultBetween(type.FromTypeId, type.ToTypeId) is { } unlabeled)
        {
            AddAssociationType(fromId, toId, unlabeled);
        }

        AddAssociationType(fromId, toId, type);
    }

    /// <summary>Removes one association type; removing the unlabeled type removes every type between the pair.</summary>
    public void Dissociate(long fromId, long toId, AssociationTypeDefinition type)
    {
        if (type.Label is null)
        {
            DissociateAll(type.FromTypeId, fromId, type.ToTypeId, toId);
            return;
        }

        RemoveAssociationType(type.FromTypeId, fromId, type.ToTypeId, toId, type.TypeId);
    }

    public void DissociateAll(string fromTypeId, long fromId, string toTypeId, long toId)
    {
        foreach (var typeId in Database.Associations.Between(fromTypeId, fromId, toTypeId, toId).ToList())
        {
            RemoveAssociationType(fromTypeId, fromId, toTypeId, toId, typeId);
        }
    }

    /// <summary>Removes an association type from every pair of records that has it, before its label is deleted.</summary>
    private void DissociateEverywhere(AssociationTypeDefinition type)
    {
        var links = Database.Associations.All()
            .Where(link => link.FromTypeId == type.FromTypeId && link.ToTypeId == type.ToTypeId && link.TypeId == type.TypeId)
            .ToList();
        foreach (var (fromTypeId, fromId, toTypeId, toId, typeId) in links)
        {
            RemoveAssociationType(fromTypeId, fromId, toTypeId, toId, typeId);
        }
    }

    /// <summary>Defines an account label (see <see cref="AssociationTypeCatalog.DefineLabel"/>).</summary>
    public IReadOnlyList<AssociationTypeDefinition> DefineLabel(string fromTypeId, string toTypeId, string name, string label, string? inverseLabel)
    {
        Journal?.MarkLabelsChanged();
        return Database.AssociationTypes.DefineLabel(fromTypeId, toTypeId, name, label, inverseLabel);
    }

    /// <summary>Renames an account label (see <see cref="AssociationTypeCatalog.RenameLabel"/>).</summary>
    public void RenameLabel(AssociationTypeDefinition type, string label, string? inverseLabel)
    {
        Journal?.MarkLabelsChanged();
        Database.AssociationTypes.RenameLabel(type, label, inverseLabel);
    }

    /// <summary>Removes an account label from every record pair that has it, then the label itself.</summary>
    public void DeleteLabel(AssociationTypeDefinition type)
    {
        DissociateEverywhere(type);
        Journal?.MarkLabelsChanged();
        Database.AssociationTypes.RemoveLabel(type);
    }

    /// <summary>Records that a type's pipelines or stages were changed (in place, under this write's lock).</summary>
    public void PipelinesChanged(ObjectTypeDefinition type) => Journal?.MarkPipelinesChanged(type);

    /// <summary>
    /// Creates, changes or archives a property of an object type. A changed type or an archive drops the property's
    /// search column (rebuilt on next use) and, on archive, its unique-value claims.
    /// </summary>
    public void PutProperty(ObjectTypeDefinition type, PropertyDefinition property)
    {
        Journal?.PropertyDefined(type, property);
        var previous = type.Properties.GetValueOrDefault(property.Name);
        type.PutProperty(property);
        if (previous is not null && (property.IsArchived || previous.Type != property.Type || previous.FieldType != property.FieldType))
        {
            Database.Collection(type).ForgetProperty(property.Name);
        }
    }

    /// <summary>Records that a type's property groups changed (in place, under this write's lock).</summary>
    public void PropertyGroupsChanged(ObjectTypeDefinition type) => Journal?.MarkPropertyGroupsChanged(type);

    private void AddAssociationType(long fromId, long toId, AssociationTypeDefinition type)
    {
        if (Database.Associations.Add(type.FromTypeId, fromId, type.ToTypeId, toId, type.TypeId))
        {
            Database.Associations.Add(type.ToTypeId, toId, type.FromTypeId, fromId, type.InverseTypeId);
            Journal?.AssociationAdded(type.FromTypeId, fromId, type.ToTypeId, toId, type.TypeId);
            Journal?.AssociationAdded(type.ToTypeId, toId, type.FromTypeId, fromId, type.InverseTypeId);
            RecordAssociationChange(EmulatorChangeKind.AssociationAdded, type, fromId, toId);
        }
    }

    private void RemoveAssociationType(string fromTypeId, long fromId, string toTypeId, long toId, int typeId)
    {
        var type = Database.AssociationTypes.Find(fromTypeId, toTypeId, typeId);
        if (!Database.Associations.Remove(fromTypeId, fromId, toTypeId, toId, typeId))
        {
            return;
        }

        Journal?.AssociationRemoved(fromTypeId, fromId, toTypeId, toId, typeId);
        if (type is not null)
        {
            Database.Associations.Remove(toTypeId, toId, fromTypeId, fromId, type.InverseTypeId);
            Journal?.AssociationRemoved(toTypeId, toId, fromTypeId, fromId, type.InverseTypeId);
            RecordAssociationChange(EmulatorChangeKind.AssociationRemoved, type, fromId, toId);
        }
    }

    private void RecordAssociationChange(EmulatorChangeKind kind, AssociationTypeDefinition type, long fromId, long toId)
    {
        if (!Database.Schema.TryResolve(type.FromTypeId, out var from) || !Database.Schema.TryResolve(type.ToTypeId, out var to))
        {
            return;
        }

        Record(new PendingChange(kind, from.Name, from.TypeId, fromId)
        {
            ToObjectTypeId = to.TypeId,
            ToObjectId = toId,
            AssociationTypeId = type.TypeId,
            AssociationCategory = type.Category,
            IsPrimaryAssociation = type.IsPrimary,
        });
        Record(new PendingChange(kind, to.Name, to.TypeId, toId)
        {
            ToObjectTypeId = from.TypeId,
            ToObjectId = fromId,
            AssociationTypeId = type.InverseTypeId,
            AssociationCategory = type.Category,
            IsPrimaryAssociation = type.IsPrimary,
        });
    }

    private static PendingChange PropertyChanged(ObjectTypeDefinition type, CrmRecord record, string name, string? value) =>
        new(EmulatorChangeKind.PropertyChanged, type.Name, type.TypeId, record.Id) { PropertyName = name, PropertyValue = value };
}
