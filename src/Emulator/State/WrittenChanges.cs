using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State;

/// <summary>
/// What one write changed, gathered while it runs under the database's write lock for the data file's journal: every
/// record it created or changed, the records it erased, each association added or removed, whether the account's labels
/// changed, the object types whose pipelines or property groups changed,
/// and the properties it created, changed or archived.
/// </summary>
internal sealed class WrittenChanges
{
    private readonly Dictionary<CrmRecord, ObjectTypeDefinition> touched = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string TypeId, long Id)> erased = [];
    private readonly List<AssociationChange> associations = [];
    private readonly List<(string TypeId, PropertyDefinition Property)> properties = [];
    private readonly HashSet<ObjectTypeDefinition> pipelineTypes = [];
    private readonly HashSet<ObjectTypeDefinition> propertyGroupTypes = [];

    public bool IsEmpty =>
        touched.Count == 0 && erased.Count == 0 && associations.Count == 0 && properties.Count == 0 && !LabelsChanged && pipelineTypes.Count == 0 && propertyGroupTypes.Count == 0;

    /// <summary>The records created or changed, with their types; each once, in its latest state.</summary>
    public IReadOnlyDictionary<CrmRecord, ObjectTypeDefinition> Touched => touched;

    /// <summary>The records erased for good (merged away or privacy-deleted).</summary>
    public IReadOnlyList<(string TypeId, long Id)> Erased => erased;

    /// <summary>One entry per direction of each association type added or removed, in order.</summary>
    public IReadOnlyList<AssociationChange> Associations => associations;

    /// <summary>The properties created, changed or archived, in order, each in its new state.</summary>
    public IReadOnlyList<(string TypeId, PropertyDefinition Property)> Properties => properties;

    public bool LabelsChanged { get; private set; }

    /// <summary>The object types whose pipelines (or stages) changed.</summary>
    public IReadOnlyCollection<ObjectTypeDefinition> PipelineTypes => pipelineTypes;

    /// <summary>The object types whose property groups changed.</summary>
    public IReadOnlyCollection<ObjectTypeDefinition> PropertyGroupTypes => propertyGroupTypes;

    public void RecordChanged(ObjectTypeDefinition type, CrmRecord record) => touched[record] = type;

    public void RecordErased(ObjectTypeDefinition type, CrmRecord record)
    {
        touched.Remove(record);
        erased.Add((type.TypeId, record.Id));
    }

    public void AssociationAdded(string fromTypeId, long fromId, string toTypeId, long toId, int typeId) =>
        associations.Add(new AssociationChange(true, fromTypeId, fromId, toTypeId, toId, typeId));

    public void AssociationRemoved(string fromTypeId, long fromId, string toTypeId, long toId, int typeId) =>
        associations.Add(new AssociationChange(false, fromTypeId, fromId, toTypeId, toId, typeId));

    public void MarkLabelsChanged() => LabelsChanged = true;

    public void MarkPipelinesChanged(ObjectTypeDefinition type) => pipelineTypes.Add(type);

    /// <summary>A property created, changed or archived, in order.</summary>
    public void PropertyDefined(ObjectTypeDefinition type, PropertyDefinition property) => properties.Add((type.TypeId, property));

    public void MarkPropertyGroupsChanged(ObjectTypeDefinition type) => propertyGroupTypes.Add(type);
}

/// <summary>One direction of an association type added to or removed from a pair of records.</summary>
internal readonly record struct AssociationChange(bool Added, string FromTypeId, long FromId, string ToTypeId, long ToId, int TypeId);
