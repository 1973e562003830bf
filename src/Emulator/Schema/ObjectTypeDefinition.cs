using System.Collections.Immutable;

namespace Spoke.Emulator.Schema;

/// <summary>
/// One CRM object type: its names, its properties (which grow when a property is created) and the per-type rules
/// HubSpot applies (default properties, searchable properties, required properties).
/// </summary>
internal sealed class ObjectTypeDefinition
{
    private ImmutableDictionary<string, PropertyDefinition> properties;

    public ObjectTypeDefinition(ObjectTypeIdentity identity, IEnumerable<PropertyDefinition> properties)
    {
        Identity = identity;
        this.properties = properties.ToImmutableDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public ObjectTypeIdentity Identity { get; }

    /// <summary>The plural name used in paths and association keys (<c>contacts</c>, <c>shipments</c> for custom objects use the schema name).</summary>
    public string Name => Identity.Name;

    public string TypeId => Identity.TypeId;

    public bool IsCustom => Identity.TypeId.StartsWith("2-", StringComparison.Ordinal);

    /// <summary>The scope segment: <c>contacts</c> in <c>crm.objects.contacts.read</c>, <c>custom</c> for custom objects.</summary>
    public string ScopeName => IsCustom ? "custom" : Identity.Name;

    public IReadOnlyDictionary<string, PropertyDefinition> Properties => Volatile.Read(ref properties);

    /// <summary>Returned by reads when the request names no properties.</summary>
    public required IReadOnlyList<string> DefaultProperties { get; init; }

    /// <summary>Searched by a search request's <c>query</c>.</summary>
    public required IReadOnlyList<string> QueryProperties { get; init; }

    /// <summary>Must have a value on create (custom objects' <c>requiredProperties</c>).</summary>
    public required IReadOnlyList<string> RequiredProperties { get; init; }

    /// <summary>The schema JSON of a custom object, served by the schemas endpoints; null for standard objects.</summary>
    public byte[]? SchemaJson { get; init; }

    /// <summary>The properties that hold a record's creation time.</summary>
    public IEnumerable<string> CreateDateProperties => SystemProperties("createdate", "hs_createdate");

    /// <summary>The properties that hold a record's last modification time.</summary>
    public IEnumerable<string> LastModifiedProperties => SystemProperties("lastmodifieddate", "hs_lastmodifieddate");

    /// <summary>
    /// The system properties every read returns beside the defaults: the creation date, the modification date
    /// (<c>lastmodifieddate</c> on contacts, <c>hs_lastmodifieddate</c> elsewhere) and <c>hs_object_id</c>.
    /// </summary>
    public IEnumerable<string> SystemReadProperties =>
        CreateDateProperties.Take(1).Concat(LastModifiedProperties.Take(1)).Concat(SystemProperties("hs_object_id"));

    /// <summary>Properties with unique values, such as a contact's <c>email</c>.</summary>
    public IEnumerable<PropertyDefinition> UniqueProperties => Properties.Values.Where(p => p.HasUniqueValue);

    public bool TryGetProperty(string name, out PropertyDefinition property) =>
        Properties.TryGetValue(name, out property!);

    /// <summary>Adds a property created through the API; it is accepted on records from then on.</summary>
    public void AddProperty(PropertyDefinition property) =>
        ImmutableInterlocked.Update(ref properties, static (all, added) => all.SetItem(added.Name, added), property);

    private IEnumerable<string> SystemProperties(params string[] names) => names.Where(Properties.ContainsKey);
}
