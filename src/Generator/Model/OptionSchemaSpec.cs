namespace Spoke.Generator.Model;

/// <summary>One picklist option as the snapshot states it.</summary>
internal sealed record OptionSchemaSpec(string Label, string Value, bool Hidden, string? Description);
