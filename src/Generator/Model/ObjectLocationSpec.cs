namespace Spoke.Generator.Model;

/// <summary>Where an object type is declared (a whole snapshot at <c>$</c>, or one schema of schemas.json), for object diagnostics.</summary>
internal sealed record ObjectLocationSpec(string JsonPath, LocationSpec Location);
