namespace Spoke.Generator.Model;

/// <summary>A rename of one picklist enum member, keyed by the option's wire value.</summary>
internal sealed record OptionOverrideSpec(string Value, string Name, string JsonPath);
