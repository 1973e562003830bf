namespace Spoke.Cli.Schema.Diff;

/// <summary>One object type's properties, keyed by property name.</summary>
/// <param name="Name">The object type name (<c>contacts</c>, or a custom object's name such as <c>shipment</c>).</param>
/// <param name="FileName">The snapshot file it was read from.</param>
/// <param name="Properties">Its properties by name.</param>
internal sealed record ObjectShape(string Name, string FileName, IReadOnlyDictionary<string, PropertyShape> Properties);
