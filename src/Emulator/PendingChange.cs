namespace Spoke.Emulator;

/// <summary>A change recorded during a write, numbered and stamped when the write commits.</summary>
internal sealed record PendingChange(EmulatorChangeKind Kind, string ObjectType, string ObjectTypeId, long ObjectId)
{
    public string? PropertyName { get; init; }

    public string? PropertyValue { get; init; }

    public string? ToObjectTypeId { get; init; }

    public long? ToObjectId { get; init; }

    public int? AssociationTypeId { get; init; }

    public string? AssociationCategory { get; init; }

    public bool IsPrimaryAssociation { get; init; }

    public IReadOnlyList<long> MergedObjectIds { get; init; } = [];

    public EmulatorChange ToChange(long sequence, DateTimeOffset occurredAt) =>
        new(sequence, Kind, ObjectType, ObjectTypeId, ObjectId, occurredAt)
        {
            PropertyName = PropertyName,
            PropertyValue = PropertyValue,
            ToObjectTypeId = ToObjectTypeId,
            ToObjectId = ToObjectId,
            AssociationTypeId = AssociationTypeId,
            AssociationCategory = AssociationCategory,
            IsPrimaryAssociation = IsPrimaryAssociation,
            MergedObjectIds = MergedObjectIds,
        };
}
