namespace Spoke.Generator.Model;

/// <summary>One picklist option as the snapshot states it.</summary>
/// <param name="Pipeline">
/// The label of the pipeline whose stage this is, when the option comes from a pipelines snapshot rather than the properties
/// snapshot (HubSpot lists no options for a stage property: its options are the stages).
/// </param>
internal sealed record OptionSchemaSpec(string Label, string Value, bool Hidden, string? Description, string? Pipeline = null);
