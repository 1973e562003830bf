namespace Spoke.Generator.Model;

/// <summary>What spoke.json says about one property: a member name, an enum type name, option renames, or exclusion.</summary>
internal sealed record PropertyOverrideSpec(
    string PropertyName,
    string? Name,
    string? EnumName,
    bool Exclude,
    EquatableArray<OptionOverrideSpec> Options,
    string JsonPath);
