namespace Spoke.Generator.Model;

/// <summary>
/// What reading one snapshot file produced: object types (a properties snapshot) or pipelines (a pipelines snapshot), problems,
/// and object, pipeline, stage and property locations for later diagnostics.
/// </summary>
internal sealed record SnapshotReadResult(
    string Path,
    EquatableArray<ObjectSchemaSpec> Objects,
    EquatableArray<DiagnosticSpec> Diagnostics,
    EquatableArray<ObjectLocationSpec> ObjectLocations,
    EquatableArray<PropertyLocationSpec> PropertyLocations,
    EquatableArray<ObjectPipelinesSchemaSpec> Pipelines);
