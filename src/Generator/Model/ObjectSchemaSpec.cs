namespace Spoke.Generator.Model;

/// <summary>One object type read from a snapshot: its identity and its properties, sorted by name.</summary>
/// <param name="SnapshotName">The snapshot file name without extension; prefixes the generated hint names.</param>
/// <param name="ObjectName">The API name, for example <c>contacts</c> or a custom object's <c>name</c>.</param>
/// <param name="TypeId">The object type id, for example <c>0-1</c>.</param>
/// <param name="SingularName">The singular used for the type name, for example <c>contact</c> or a custom object's singular label.</param>
/// <param name="IsCustom">Whether the object comes from <c>schemas.json</c>.</param>
internal sealed record ObjectSchemaSpec(
    string SnapshotName,
    string ObjectName,
    string TypeId,
    string SingularName,
    bool IsCustom,
    EquatableArray<PropertySchemaSpec> Properties);
