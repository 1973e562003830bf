namespace Spoke.Generator.Model;

/// <summary>
/// Everything needed to emit one object type's pipelines class; names resolved. The stage type is nested in the class, with a
/// typed member for each well-known metadata key some stage has.
/// </summary>
/// <param name="ClassName">The pipelines class, for example <c>DealPipelines</c>.</param>
/// <param name="StagePropertyName">The stage property's wire name (<c>dealstage</c>, <c>hs_pipeline_stage</c>).</param>
/// <param name="EnumName">The stage property's picklist enum.</param>
/// <param name="ExtensionsName">That enum's extensions class, which holds its codec.</param>
internal sealed record PipelinesSpec(
    string Namespace,
    string SnapshotName,
    string ObjectName,
    string TypeId,
    string RecordName,
    string ClassName,
    string StagePropertyName,
    string EnumName,
    string ExtensionsName,
    bool HasProbability,
    bool HasIsClosed,
    bool HasTicketState,
    EquatableArray<PipelineSpec> Pipelines);
