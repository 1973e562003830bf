namespace Spoke.Agents.Catalog;

/// <summary>An object type found in the schema snapshots, with its properties.</summary>
/// <param name="Name">The name used in paths and tool arguments (<c>contacts</c>, <c>line_items</c>, <c>shipment</c>).</param>
/// <param name="TypeId">The object type id for custom objects (<c>2-3465404</c>); <see langword="null"/> for snapshot files of standard objects.</param>
/// <param name="Properties">The properties, sorted by name.</param>
internal sealed record CatalogObjectType(string Name, string? TypeId, IReadOnlyList<PropertyDefinition> Properties);
