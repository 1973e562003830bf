namespace Spoke.Generator.Model;

/// <summary>One object type read from a snapshot: its identity, where it was read, and its properties, sorted by name.</summary>
/// <param name="SnapshotPath">The snapshot file's path, to tell two snapshots of one object type apart.</param>
/// <param name="SnapshotName">The snapshot file name without extension; prefixes the generated hint names.</param>
/// <param name="JsonPath">Where in the file the object is described: <c>$</c>, or <c>$.results[i]</c> in <c>schemas.json</c>.</param>
/// <param name="ObjectName">The API name, for example <c>contacts</c> or a custom object's <c>name</c>.</param>
/// <param name="TypeId">The object type id, for example <c>0-1</c>: what identifies an object type.</param>
/// <param name="SingularName">The singular used for the type name, for example <c>contact</c> or a custom object's singular label.</param>
/// <param name="IsCustom">Whether the object comes from <c>schemas.json</c>.</param>
internal sealed record ObjectSchemaSpec(
    string SnapshotPath,
    string SnapshotName,
    string JsonPath,
    string ObjectName,
    string TypeId,
    string SingularName,
    bool IsCustom,
    EquatableArray<PropertySchemaSpec> Properties);
