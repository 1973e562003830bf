namespace Spoke.Generator.Model;

/// <summary>A generated picklist enum and its companion extensions class.</summary>
internal sealed record EnumSpec(string TypeName, string ExtensionsName, EquatableArray<EnumMemberSpec> Members);
