namespace Spoke.Generator.Model;

/// <summary>One generated property: wire name, C# member name, representation and documentation.</summary>
/// <param name="InputFieldName">The backing field of the input property; null for a read-only property, which has none.</param>
internal sealed record PropertySpec(
    string WireName,
    string MemberName,
    string? InputFieldName,
    PropertyKind Kind,
    bool ReadOnly,
    string Label,
    string? Description,
    string? GroupName,
    string Type,
    string FieldType,
    bool Hidden,
    EnumSpec? Enum);
