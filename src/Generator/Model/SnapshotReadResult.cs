namespace Spoke.Generator.Model;

/// <summary>What reading one snapshot file produced: object types, problems, and object and property locations for later diagnostics.</summary>
internal sealed record SnapshotReadResult(
    string Path,
    EquatableArray<ObjectSchemaSpec> Objects,
    EquatableArray<DiagnosticSpec> Diagnostics,
    EquatableArray<ObjectLocationSpec> ObjectLocations,
    EquatableArray<PropertyLocationSpec> PropertyLocations);
