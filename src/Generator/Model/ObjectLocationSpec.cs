namespace Spoke.Generator.Model;

/// <summary>Where an object type is declared (a whole snapshot, or one schema of schemas.json), for type-naming diagnostics.</summary>
internal sealed record ObjectLocationSpec(string ObjectName, string JsonPath, LocationSpec Location);
