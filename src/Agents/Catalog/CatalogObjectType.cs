namespace Spoke.Agents.Catalog;

/// <summary>An object type found in the schema snapshots.</summary>
/// <param name="Name">The name used in paths and tool arguments (<c>contacts</c>, <c>line_items</c>, <c>shipment</c>).</param>
/// <param name="TypeId">The object type id for custom objects (<c>2-3465404</c>); <see langword="null"/> for snapshot files of standard objects.</param>
/// <param name="FullyQualifiedName">A custom object's <c>p{portalId}_{name}</c>, when its schema has one.</param>
internal sealed record CatalogObjectType(string Name, string? TypeId, string? FullyQualifiedName)
{
    /// <summary>Every spelling HubSpot accepts for a custom object in a path: name, type id, <c>p_{name}</c>, fully qualified name.</summary>
    public IEnumerable<string> CustomSpellings()
    {
        yield return Name;
        yield return TypeId!;
        yield return "p_" + Name;
        if (FullyQualifiedName is not null)
        {
            yield return FullyQualifiedName;
        }
    }
}
