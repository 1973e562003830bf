namespace Spoke.Generator.Model;

/// <summary>Where a property is declared (file position and JSON path), kept apart from the model so naming diagnostics can point at it.</summary>
internal sealed record PropertyLocationSpec(string ObjectName, string PropertyName, string JsonPath, LocationSpec Location);
