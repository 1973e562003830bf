namespace Spoke.Generator.Model;

/// <summary>Where a property is declared, kept apart from the model so naming diagnostics can point at it.</summary>
internal sealed record PropertyLocationSpec(string ObjectName, string PropertyName, LocationSpec Location);
