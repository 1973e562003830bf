using Spoke.Agents.Backend;
using Spoke.Agents.Catalog;

namespace Spoke.Agents.Tests.Fakes;

/// <summary>An in-memory HubSpot for tool tests: records by type and id, a call log, and an optional failure to throw.</summary>
internal sealed class FakeCrmBackend : ICrmBackend
{
    private readonly Dictionary<(string Type, string Id), Dictionary<string, string?>> _records = [];
    private readonly HashSet<(string, string, string, string)> _associations = [];
    private int _nextId = 100;

    public List<string> Calls { get; } = [];

    public HubSpotCallException? Failure { get; set; }

    public SearchQuery? LastSearch { get; private set; }

    public string Add(string objectType, Dictionary<string, string?> properties)
    {
        var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _records[(objectType, id)] = properties;
        return id;
    }

    public IReadOnlyDictionary<string, string?> Properties(string objectType, string id) => _records[(objectType, id)];

    public bool Exists(string objectType, string id) => _records.ContainsKey((objectType, id));

    public Task<SearchPage> SearchAsync(string objectType, SearchQuery query, CancellationToken cancellationToken = default)
    {
        Record("search");
        LastSearch = query;
        var matches = _records.Where(pair => pair.Key.Type == objectType).Select(pair => ToRecord(pair.Key.Id, pair.Value)).ToList();
        return Task.FromResult(new SearchPage(matches.Count, [.. matches.Skip(query.After).Take(query.Limit)], null));
    }

    public Task<CrmRecord> GetAsync(string objectType, string id, string? idProperty, IReadOnlyList<string> properties, bool archived, CancellationToken cancellationToken = default)
    {
        Record("get");
        return Task.FromResult(ToRecord(id, Find(objectType, id)));
    }

    public Task<CrmRecord> CreateAsync(string objectType, IReadOnlyDictionary<string, string?> properties, IReadOnlyList<NewRecordAssociation> associations, CancellationToken cancellationToken = default)
    {
        Record("create");
        var id = Add(objectType, new Dictionary<string, string?>(properties));
        return Task.FromResult(ToRecord(id, _records[(objectType, id)]));
    }

    public Task<CrmRecord> UpdateAsync(string objectType, string id, string? idProperty, IReadOnlyDictionary<string, string?> properties, CancellationToken cancellationToken = default)
    {
        Record("update");
        var stored = Find(objectType, id);
        foreach (var (name, value) in properties)
        {
            stored[name] = value;
        }

        return Task.FromResult(ToRecord(id, stored));
    }

    public Task<IReadOnlyList<CrmRecord>> UpsertAsync(string objectType, string idProperty, IReadOnlyList<UpsertInput> inputs, CancellationToken cancellationToken = default)
    {
        Record("upsert");
        IReadOnlyList<CrmRecord> results = [.. inputs.Select(input =>
        {
            var properties = new Dictionary<string, string?>(input.Properties) { [idProperty] = input.Id };
            var id = Add(objectType, properties);
            return ToRecord(id, properties);
        })];
        return Task.FromResult(results);
    }

    public Task ArchiveAsync(string objectType, string id, CancellationToken cancellationToken = default)
    {
        Record("archive");
        Find(objectType, id);
        _records.Remove((objectType, id));
        return Task.CompletedTask;
    }

    public Task<AssociationPage> ListAssociationsAsync(string fromObjectType, string fromId, string toObjectType, string? after, CancellationToken cancellationToken = default)
    {
        Record("listAssociations");
        var results = _associations.Where(item => item.Item1 == fromObjectType && item.Item2 == fromId && item.Item3 == toObjectType)
            .Select(item => new AssociatedRecord(item.Item4, [new AssociationType("HUBSPOT_DEFINED", 1, null)]))
            .ToList();
        return Task.FromResult(new AssociationPage(results, null));
    }

    public Task CreateAssociationAsync(string fromObjectType, string fromId, string toObjectType, string toId, AssociationType? type, CancellationToken cancellationToken = default)
    {
        Record("createAssociation");
        _associations.Add((fromObjectType, fromId, toObjectType, toId));
        return Task.CompletedTask;
    }

    public Task RemoveAssociationAsync(string fromObjectType, string fromId, string toObjectType, string toId, AssociationType? type, CancellationToken cancellationToken = default)
    {
        Record("removeAssociation");
        _associations.Remove((fromObjectType, fromId, toObjectType, toId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AssociationType>> GetAssociationLabelsAsync(string fromObjectType, string toObjectType, CancellationToken cancellationToken = default)
    {
        Record("labels");
        IReadOnlyList<AssociationType> labels = [new("HUBSPOT_DEFINED", 1, null), new("USER_DEFINED", 30, "Decision maker")];
        return Task.FromResult(labels);
    }

    public Task<IReadOnlyList<PropertyDefinition>> GetPropertiesAsync(string objectType, CancellationToken cancellationToken = default)
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

    private void Record(string call)
    {
        Calls.Add(call);
        if (Failure is { } failure)
        {
            throw failure;
        }
    }

    private Dictionary<string, string?> Find(string objectType, string id) =>
        _records.TryGetValue((objectType, id), out var properties)
            ? properties
            : throw new HubSpotCallException("Object not found.") { StatusCode = 404, Category = "OBJECT_NOT_FOUND" };

    private static CrmRecord ToRecord(string id, Dictionary<string, string?> properties) =>
        new(id, new Dictionary<string, string?>(properties), null, null, false);
}
