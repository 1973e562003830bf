namespace Spoke.Generator.Model;

/// <summary>One generated enum member and the wire value it stands for.</summary>
internal sealed record EnumMemberSpec(string Name, string WireValue, string Label, string? Description, bool Hidden);
