namespace Spoke.Pipelines;

/// <summary>A pipeline to create, or the whole new state of a pipeline to replace: label, display order and at least one stage.</summary>
public sealed record CrmPipelineInput
{
    /// <summary>The label users see; unique among the object's pipelines, ignoring case.</summary>
    public required string Label { get; init; }

    /// <summary>Where HubSpot shows the pipeline among the object's pipelines.</summary>
    public required int DisplayOrder { get; init; }

    /// <summary>The stages, at least one.</summary>
    public required IReadOnlyList<CrmPipelineStageInput> Stages { get; init; }
}
