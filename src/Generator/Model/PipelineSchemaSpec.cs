namespace Spoke.Generator.Model;

/// <summary>One pipeline as the pipelines snapshot states it, its live stages sorted by display order then id.</summary>
/// <param name="JsonPath">Where the pipeline is in its snapshot, for diagnostics.</param>
/// <param name="CreatedAt">When HubSpot created it; pipelines are named oldest first, so a new one never renames an old one.</param>
internal sealed record PipelineSchemaSpec(string Id, string Label, int DisplayOrder, string? CreatedAt, string JsonPath, EquatableArray<StageSchemaSpec> Stages);
