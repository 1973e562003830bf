namespace Spoke.Generator.Model;

/// <summary>
/// Where one override sits in spoke.json, keyed by its JSON path. Kept beside the overrides rather than in them, so that
/// moving an entry within the file changes no object's model.
/// </summary>
internal sealed record OverrideSite(string JsonPath, LocationSpec Location);
