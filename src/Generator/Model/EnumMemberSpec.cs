namespace Spoke.Generator.Model;

/// <summary>One generated enum member and the wire value it stands for.</summary>
/// <param name="IsStage">Whether the member is a pipeline stage the properties snapshot does not list (kept out of the embedded schema).</param>
internal sealed record EnumMemberSpec(string Name, string WireValue, string Label, string? Description, bool Hidden, bool IsStage = false);
