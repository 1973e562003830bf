namespace Spoke.Generator.Model;

/// <summary>
/// A naming or mapping problem found while building the models, located later from the snapshot's recorded locations. An object
/// issue (<see cref="PropertyName"/> null) carries its whole message; a property issue's arguments are followed, when reported, by
/// the snapshot name and the property's JSON path, which its message ends with.
/// </summary>
/// <param name="SnapshotPath">The snapshot the object was read from.</param>
/// <param name="ObjectJsonPath">The object's JSON path in that snapshot.</param>
internal sealed record NamingIssue(string DiagnosticId, string SnapshotPath, string ObjectJsonPath, string? PropertyName, EquatableArray<string> Arguments);
