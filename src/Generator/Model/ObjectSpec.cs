namespace Spoke.Generator.Model;

/// <summary>Everything needed to emit one object type's files; names already resolved and collision-free.</summary>
internal sealed record ObjectSpec(
    string Namespace,
    string SnapshotName,
    string ObjectName,
    string TypeId,
    string? WellKnownTypeMember,
    string RecordName,
    string InputName,
    string FieldsName,
    EquatableArray<PropertySpec> Properties);
