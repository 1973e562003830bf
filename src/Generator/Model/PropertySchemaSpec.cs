namespace Spoke.Generator.Model;

/// <summary>One property as the snapshot states it, built from parsed values only (no positions, no text), so formatting edits compare equal.</summary>
internal sealed record PropertySchemaSpec(
    string Name,
    string Label,
    string Type,
    string FieldType,
    string? Description,
    string? GroupName,
    bool ReadOnly,
    bool Hidden,
    string? CreatedAt,
    EquatableArray<OptionSchemaSpec> Options);
