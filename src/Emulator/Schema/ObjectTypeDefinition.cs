using System.Collections.Frozen;

namespace Spoke.Emulator.Schema;

/// <summary>
/// One CRM object type: its names, its properties (which grow when a property is created) and the per-type rules
/// HubSpot applies (default properties, searchable properties, required properties).
/// </summary>
internal sealed class ObjectTypeDefinition
{
    private readonly Lock addGate = new();
    private PropertySnapshot snapshot;

    public ObjectTypeDefinition(ObjectTypeIdentity identity, IEnumerable<PropertyDefinition> properties)
    {
        Identity = identity;
        snapshot = new PropertySnapshot(
            properties.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal),
            FrozenDictionary<string, PropertyDefinition>.Empty);
    }

    public ObjectTypeIdentity Identity { get; }

    /// <summary>The plural name used in paths and association keys (<c>contacts</c>, <c>shipments</c> for custom objects use the schema name).</summary>
    public string Name => Identity.Name;

    public string TypeId => Identity.TypeId;

    public bool IsCustom => Identity.TypeId.StartsWith("2-", StringComparison.Ordinal);

    /// <summary>The scope segment: <c>contacts</c> in <c>crm.objects.contacts.read</c>, <c>custom</c> for custom objects.</summary>
    public string ScopeName => IsCustom ? "custom" : Identity.Name;

    /// <summary>The live properties, accepted on records.</summary>
    public IReadOnlyDictionary<string, PropertyDefinition> Properties => Volatile.Read(ref snapshot).Properties;

    /// <summary>The archived properties, listed only with <c>archived=true</c>.</summary>
    public IReadOnlyDictionary<string, PropertyDefinition> ArchivedProperties => Volatile.Read(ref snapshot).Archived;

    /// <summary>Returned by reads when the request names no properties.</summary>
    public required IReadOnlyList<string> DefaultProperties { get; init; }

    /// <summary>Searched by a search request's <c>query</c>.</summary>
    public required IReadOnlyList<string> QueryProperties { get; init; }

    /// <summary>Must have a value on create (custom objects' <c>requiredProperties</c>, HubSpot's rules for standard types).</summary>
    public required IReadOnlyList<string> RequiredProperties { get; init; }

    /// <summary>At least one of these must have a value on create (a company's <c>name</c> or <c>domain</c>).</summary>
    public IReadOnlyList<string> RequiredOneOf { get; init; } = [];

    /// <summary>The schema JSON of a custom object, served by the schemas endpoints; null for standard objects.</summary>
    public byte[]? SchemaJson { get; init; }

    /// <summary>The properties that hold a record's creation time.</summary>
    public IReadOnlyList<string> CreateDateProperties => Volatile.Read(ref snapshot).CreateDateProperties;

    /// <summary>The properties that hold a record's last modification time.</summary>
    public IReadOnlyList<string> LastModifiedProperties => Volatile.Read(ref snapshot).LastModifiedProperties;

    /// <summary>
    /// The system properties every read returns beside the defaults: the creation date, the modification date
    /// (<c>lastmodifieddate</c> on contacts, <c>hs_lastmodifieddate</c> elsewhere) and <c>hs_object_id</c>.
    /// </summary>
    public IEnumerable<string> SystemReadProperties =>
        CreateDateProperties.Take(1).Concat(LastModifiedProperties.Take(1)).Concat(Properties.ContainsKey("hs_object_id") ? ["hs_object_id"] : []);

    /// <summary>Properties with unique values, such as a contact's <c>email</c>.</summary>
    public IEnumerable<PropertyDefinition> UniqueProperties => Properties.Values.Where(p => p.HasUniqueValue);

    public bool TryGetProperty(string name, out PropertyDefinition property) =>
        Properties.TryGetValue(name, out property!);

    /// <summary>
    /// Adds or replaces a property defined through the API: a live one is accepted on records from then on, an archived
    /// one (<see cref="PropertyDefinition.IsArchived"/>) leaves the live properties.
    /// </summary>
    public void PutProperty(PropertyDefinition property)
    {
        lock (addGate)
        {
            var current = Volatile.Read(ref snapshot);
            var live = new Dictionary<string, PropertyDefinition>(current.Properties, StringComparer.Ordinal);
            var archived = new Dictionary<string, PropertyDefinition>(current.Archived, StringComparer.Ordinal);
            live.Remove(property.Name);
            archived.Remove(property.Name);
            (property.IsArchived ? archived : live)[property.Name] = property;
            Volatile.Write(ref snapshot, new PropertySnapshot(live.ToFrozenDictionary(StringComparer.Ordinal), archived.ToFrozenDictionary(StringComparer.Ordinal)));
        }
    }

    /// <summary>
    /// The properties (read-optimized, as every write and search looks them up) and the system properties among them,
    /// replaced as a whole when a property is added so readers never see one without the other.
    /// </summary>
    private sealed class PropertySnapshot(FrozenDictionary<string, PropertyDefinition> properties, FrozenDictionary<string, PropertyDefinition> archived)
    {
        public FrozenDictionary<string, PropertyDefinition> Properties { get; } = properties;

        public FrozenDictionary<string, PropertyDefinition> Archived { get; } = archived;

        public string[] CreateDateProperties { get; } = Present(properties, "createdate", "hs_createdate");

        public string[] LastModifiedProperties { get; } = Present(properties, "lastmodifieddate", "hs_lastmodifieddate");

        private static string[] Present(FrozenDictionary<string, PropertyDefinition> properties, params string[] names) =>
            [.. names.Where(properties.ContainsKey)];
    }
}
