namespace Spoke.Generator.Model;

/// <summary>Where a property is declared (file position and JSON path), kept apart from the model so naming diagnostics can point at it.</summary>
/// <param name="ObjectJsonPath">The JSON path of the object the property belongs to, which tells objects of one file apart.</param>
internal sealed record PropertyLocationSpec(string ObjectJsonPath, string PropertyName, string JsonPath, LocationSpec Location);
