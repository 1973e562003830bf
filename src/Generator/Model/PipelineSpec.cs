namespace Spoke.Generator.Model;

/// <summary>One generated pipeline class: its name and what it exposes; stages in display order.</summary>
internal sealed record PipelineSpec(string ClassName, string Id, string Label, int DisplayOrder, EquatableArray<StageSpec> Stages);
