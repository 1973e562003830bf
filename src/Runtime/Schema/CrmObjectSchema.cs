namespace Spoke.Schema;

/// <summary>The live property definitions of one object type.</summary>
public sealed class CrmObjectSchema
{
    private readonly Dictionary<string, CrmProperty> _byName;

    /// <summary>Creates a schema from property definitions.</summary>
    /// <param name="objectType">The object type the properties belong to.</param>
    /// <param name="properties">The property definitions.</param>
    public CrmObjectSchema(CrmObjectType objectType, IEnumerable<CrmProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(properties);
        ObjectType = objectType;
        Properties = [.. properties.OrderBy(static p => p.Name, StringComparer.Ordinal)];
        _byName = new Dictionary<string, CrmProperty>(StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            _byName.TryAdd(property.Name, property);
        }

        Groups = [.. Properties
            .GroupBy(static p => p.GroupName, StringComparer.Ordinal)
            .OrderBy(static g => g.Key, StringComparer.Ordinal)
            .Select(static g => new CrmPropertyGroup(g.Key, [.. g.OrderBy(static p => p.DisplayOrder < 0 ? int.MaxValue : p.DisplayOrder).ThenBy(static p => p.Name, StringComparer.Ordinal)]))];
    }

    /// <summary>
    /// Reads a schema from the body of <c>GET /crm/v3/properties/{objectType}</c> (<c>{"results":[...]}</c>). Generated records
    /// embed the snapshot they were generated from this way, as one JSON literal read on first use.
    /// </summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="propertiesJson">The response body, UTF-8.</param>
    /// <exception cref="System.Text.Json.JsonException">The JSON is not a properties response.</exception>
    public static CrmObjectSchema FromPropertiesJson(CrmObjectType objectType, ReadOnlySpan<byte> propertiesJson) =>
        new(objectType, CrmPropertyReader.ReadAll(propertiesJson.ToArray()));

    /// <inheritdoc cref="FromPropertiesJson(CrmObjectType, ReadOnlySpan{byte})"/>
    /// <param name="objectType">The object type.</param>
    /// <param name="propertiesJson">The response body.</param>
    public static CrmObjectSchema FromPropertiesJson(CrmObjectType objectType, string propertiesJson)
    {
        ArgumentNullException.ThrowIfNull(propertiesJson);
        return new(objectType, CrmPropertyReader.ReadAll(System.Text.Encoding.UTF8.GetBytes(propertiesJson)));
    }

    /// <summary>The object type.</summary>
    public CrmObjectType ObjectType { get; }

    /// <summary>Every property, ordered by name.</summary>
    public IReadOnlyList<CrmProperty> Properties { get; }

    /// <summary>The properties by group, groups ordered by name, properties in display order.</summary>
    public IReadOnlyList<CrmPropertyGroup> Groups { get; }

    /// <summary>Finds a property by its internal name.</summary>
    /// <param name="name">The internal name, for example <c>email</c>.</param>
    /// <returns>The property, or <see langword="null"/> when the object type has none of that name.</returns>
    public CrmProperty? Find(string name) => _byName.GetValueOrDefault(name);
}
