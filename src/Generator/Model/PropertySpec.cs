namespace Spoke.Generator.Model;

/// <summary>One generated property: wire name, C# member name, representation and documentation.</summary>
internal sealed record PropertySpec(
    string WireName,
    string MemberName,
    PropertyKind Kind,
    bool ReadOnly,
    string Label,
    string? Description,
    string? GroupName,
    string Type,
    string FieldType,
    bool Hidden,
    EnumSpec? Enum);
