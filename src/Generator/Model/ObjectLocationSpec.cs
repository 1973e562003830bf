namespace Spoke.Generator.Model;

/// <summary>
/// Where an object type is declared (a whole snapshot at <c>$</c>, or one schema of schemas.json), or a pipeline or stage of a
/// pipelines snapshot, for diagnostics about it.
/// </summary>
internal sealed record ObjectLocationSpec(string JsonPath, LocationSpec Location);
