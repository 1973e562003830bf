namespace Spoke.Generator.Model;

/// <summary>
/// What one pipelines snapshot (<c>{objectType}.pipelines.json</c>, the body of <c>GET /crm/v3/pipelines/{objectType}</c>)
/// holds: the object type it is named after and its live pipelines, sorted by display order then id.
/// </summary>
/// <param name="SnapshotName">The file name without extension, for example <c>deals.pipelines</c>; prefixes the hint name.</param>
/// <param name="ObjectName">The object type the file is named after: an API name (<c>deals</c>) or a type id (<c>2-123</c>).</param>
internal sealed record ObjectPipelinesSchemaSpec(string SnapshotPath, string SnapshotName, string ObjectName, EquatableArray<PipelineSchemaSpec> Pipelines);
