using System.Text.Json;
using Spoke.Agents.Backend;
using Spoke.Agents.Catalog;
using Spoke.Associations;
using Spoke.Search;

namespace Spoke.Agents.Tests.Fakes;

/// <summary>An in-memory HubSpot for tool tests: records by type and id, a call log, and an optional failure to throw.</summary>
internal sealed class FakeCrmBackend : ICrmBackend
{
    private readonly Dictionary<(string Type, string Id), Dictionary<string, string?>> _records = [];
    private readonly Dictionary<(string, string, string, string), AssociationSpec?> _associations = [];
    private int _nextId = 100;

    public List<string> Calls { get; } = [];

    public HubSpotCallException? Failure { get; set; }

    public SearchRequest? LastSearch { get; private set; }

    public string Add(string objectType, Dictionary<string, string?> properties)
    {
        var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _records[(objectType, id)] = properties;
        return id;
    }

    public void Associate(string fromType, string fromId, string toType, string toId, AssociationSpec? spec) =>
        _associations[(fromType, fromId, toType, toId)] = spec;

    public IReadOnlyDictionary<string, string?> Properties(string objectType, string id) => _records[(objectType, id)];

    public bool Exists(string objectType, string id) => _records.ContainsKey((objectType, id));

    public Task<CrmPage<CrmObject>> SearchAsync(CrmObjectType objectType, SearchRequest request, CancellationToken cancellationToken = default)
    {
        Record("search");
        LastSearch = request;
        var matches = _records.Where(pair => pair.Key.Type == objectType.Name).Select(pair => ToRecord(pair.Key.Id, pair.Value)).ToList();
        return Task.FromResult(new CrmPage<CrmObject>([.. matches.Take(request.Limit ?? 10)], null, matches.Count));
    }

    public Task<CrmObject> GetAsync(CrmObjectType objectType, string id, string? idProperty, IReadOnlyList<string> properties, bool archived, CancellationToken cancellationToken = default)
    {
        Record("get");
        return Task.FromResult(ToRecord(id, Find(objectType, id)));
    }

    public Task<CrmObject> CreateAsync(CrmObjectType objectType, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default)
    {
        Record("create");
        var id = Add(objectType.Name, new Dictionary<string, string?>(properties));
        return Task.FromResult(ToRecord(id, _records[(objectType.Name, id)]));
    }

    public Task<CrmObject> UpdateAsync(CrmObjectType objectType, string id, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default)
    {
        Record("update");
        var stored = Find(objectType, id);
        foreach (var (name, value) in properties)
        {
            stored[name] = value;
        }

        return Task.FromResult(ToRecord(id, stored));
    }

    public Task<UpsertOutcome> UpsertAsync(CrmObjectType objectType, string idProperty, IReadOnlyList<UpsertInput> inputs, CancellationToken cancellationToken = default)
    {
        Record("upsert");
        IReadOnlyList<CrmObject> records = [.. inputs.Select(input =>
        {
            var properties = new Dictionary<string, string?>(input.Properties) { [idProperty] = input.Id };
            return ToRecord(Add(objectType.Name, properties), properties);
        })];
        return Task.FromResult(new UpsertOutcome(records, []));
    }

    public Task ArchiveAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken = default)
    {
        Record("archive");
        Find(objectType, id);
        _records.Remove((objectType.Name, id));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AssociatedRecord>> ListAssociationsAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, CancellationToken cancellationToken = default)
    {
        Record("listAssociations");
        IReadOnlyList<AssociatedRecord> results = [.. _associations
            .Where(pair => pair.Key.Item1 == fromType.Name && pair.Key.Item2 == fromId && pair.Key.Item3 == toType.Name)
            .Select(pair => new AssociatedRecord(pair.Key.Item4, [Label(pair.Value)]))];
        return Task.FromResult(results);
    }

    public Task CreateAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec, CancellationToken cancellationToken = default)
    {
        Record("createAssociation");
        Associate(fromType.Name, fromId, toType.Name, toId, spec);
        return Task.CompletedTask;
    }

    public Task RemoveAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, CancellationToken cancellationToken = default)
    {
        Record("removeAssociation");
        _associations.Remove((fromType.Name, fromId, toType.Name, toId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PropertyDefinition>> GetPropertiesAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
    {
        Record("properties");
        IReadOnlyList<PropertyDefinition> properties =
        [
            new("email", "Email", "string", "text", "Primary email", "contactinformation", [], false, false),
            new("lifecyclestage", "Lifecycle stage", "enumeration", "select", string.Empty, "contactinformation", [new("lead", "Lead"), new("customer", "Customer")], false, false),
            new("hs_object_id", "Record ID", "number", "number", string.Empty, "contactinformation", [], true, false),
        ];
        return Task.FromResult(properties);
    }

    private static AssociationTypeLabel Label(AssociationSpec? spec) =>
        spec is { } labelled
            ? new AssociationTypeLabel(labelled, "Decision maker")
            : new AssociationTypeLabel(new AssociationSpec(AssociationCategory.HubSpotDefined, 1), null);

    private void Record(string call)
    {
        Calls.Add(call);
        if (Failure is { } failure)
        {
            throw failure;
        }
    }

    private Dictionary<string, string?> Find(CrmObjectType objectType, string id) =>
        _records.TryGetValue((objectType.Name, id), out var properties)
            ? properties
            : throw new HubSpotCallException("Object not found.") { StatusCode = 404, Category = "OBJECT_NOT_FOUND" };

    private static CrmObject ToRecord(string id, Dictionary<string, string?> properties)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { id, properties, archived = false });
        var reader = new Utf8JsonReader(json);
        return CrmObject.ReadFrom(ref reader);
    }
}
