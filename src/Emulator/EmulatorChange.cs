namespace Spoke.Emulator;

/// <summary>One change to the emulated account, in the order it was applied.</summary>
/// <param name="Sequence">A number that grows by one with each change, starting at 1.</param>
/// <param name="Kind">What happened.</param>
/// <param name="ObjectType">The object type's API name (<c>contacts</c>).</param>
/// <param name="ObjectTypeId">The object type id (<c>0-1</c>).</param>
/// <param name="ObjectId">The record the change happened to.</param>
/// <param name="OccurredAt">When the change was applied.</param>
public sealed record EmulatorChange(
    long Sequence,
    EmulatorChangeKind Kind,
    string ObjectType,
    string ObjectTypeId,
    long ObjectId,
    DateTimeOffset OccurredAt)
{
    /// <summary>The property that changed (<see cref="EmulatorChangeKind.PropertyChanged"/>).</summary>
    public string? PropertyName { get; init; }

    /// <summary>The property's new wire value, <see langword="null"/> when it was cleared.</summary>
    public string? PropertyValue { get; init; }

    /// <summary>The other record's object type id (association changes).</summary>
    public string? ToObjectTypeId { get; init; }

    /// <summary>The other record's id (association changes).</summary>
    public long? ToObjectId { get; init; }

    /// <summary>The association type id that was added or removed.</summary>
    public int? AssociationTypeId { get; init; }

    /// <summary>The association's category (<c>HUBSPOT_DEFINED</c>, <c>USER_DEFINED</c>).</summary>
    public string? AssociationCategory { get; init; }

    /// <summary>Whether the association type is the primary one.</summary>
    public bool IsPrimaryAssociation { get; init; }

    /// <summary>The ids merged into <see cref="ObjectId"/> (merges).</summary>
    public IReadOnlyList<long> MergedObjectIds { get; init; } = [];
}
