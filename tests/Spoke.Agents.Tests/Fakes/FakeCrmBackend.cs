using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Backend;
using Spoke.Agents.Catalog;
using Spoke.Associations;
using Spoke.Search;

namespace Spoke.Agents.Tests.Fakes;

// The agents' own outcome of an upsert, not the runtime's Spoke.UpsertOutcome.
using UpsertOutcome = Spoke.Agents.Backend.UpsertOutcome;

/// <summary>An in-memory HubSpot for tool tests: records by type and id, a call log, and an optional failure to throw.</summary>
internal sealed class FakeCrmBackend : ICrmBackend
{
    private readonly Dictionary<(string Type, string Id), Dictionary<string, string?>> _records = [];
    private readonly Dictionary<(string From, string FromId, string To, string ToId), List<AssociationSpec>> _associations = [];
    private readonly Dictionary<(string From, string To), List<AssociationTypeLabel>> _labels = new()
    {
        [("contacts", "companies")] =
        [
            new(new AssociationSpec(AssociationCategory.HubSpotDefined, 279), null),
            new(new AssociationSpec(AssociationCategory.HubSpotDefined, 1), "Primary"),
            new(new AssociationSpec(AssociationCategory.UserDefined, 30), "Decision maker"),
            new(new AssociationSpec(AssociationCategory.UserDefined, 31), "Billing contact"),
        ],
    };
    private int _nextId = 100;

    public List<string> Calls { get; } = [];

    /// <summary>Thrown by every call (or by <see cref="FailingCall"/> only): a HubSpot failure, or any exception a defect could raise.</summary>
    public Exception? Failure { get; set; }

    /// <summary>When set, <see cref="Failure"/> is thrown only by this call (e.g. "createAssociation").</summary>
    public string? FailingCall { get; set; }

    /// <summary>HubSpot's reason for rejecting an upsert input, or null to write it.</summary>
    public Func<UpsertInput, string?> UpsertRejection { get; set; } = _ => null;

    public SearchRequest? LastSearch { get; private set; }

    public string Add(string objectType, Dictionary<string, string?> properties)
    {
        var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _records[(objectType, id)] = properties;
        return id;
    }

    /// <summary>Links two records with a type (the default 279 when null), as HubSpot would.</summary>
    public void Associate(string fromType, string fromId, string toType, string toId, AssociationSpec? spec)
    {
        var key = (fromType, fromId, toType, toId);
        if (!_associations.TryGetValue(key, out var types))
        {
            _associations[key] = types = [];
        }

        types.AddRange(new[] { Default, spec ?? Default }.Where(type => !types.Contains(type)).Distinct());
    }

    public IReadOnlyList<AssociationSpec> Between(string fromType, string fromId, string toType, string toId) =>
        _associations.GetValueOrDefault((fromType, fromId, toType, toId)) ?? [];

    public IReadOnlyDictionary<string, string?> Properties(string objectType, string id) => _records[(objectType, id)];

    public bool Exists(string objectType, string id) => _records.ContainsKey((objectType, id));

    public int? LastSearchLimit { get; private set; }

    public string? LastSearchAfter { get; private set; }

    public Task<CrmPage<CrmObject>> SearchAsync(CrmObjectType objectType, SearchRequest request, int limit, string? after, CancellationToken cancellationToken = default)
    {
        Record("search");
        LastSearch = request;
        LastSearchLimit = limit;
        LastSearchAfter = after;
        var matches = _records.Where(pair => pair.Key.Type == objectType.Name).Select(pair => ToRecord(pair.Key.Id, pair.Value)).ToList();
        return Task.FromResult(HubSpotModelFactory.CrmPage(matches.Take(limit), total: matches.Count));
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
        IReadOnlyList<CrmObject> records = [.. inputs.Where(input => UpsertRejection(input) is null).Select(input =>
        {
            var properties = new Dictionary<string, string?>(input.Properties) { [idProperty] = input.Id };
            return ToRecord(Add(objectType.Name, properties), properties);
        })];
        IReadOnlyList<RecordFailure> failures = [.. inputs.Where(input => UpsertRejection(input) is not null).Select(input => new RecordFailure(input.Id, UpsertRejection(input)!))];
        return Task.FromResult(new UpsertOutcome(records, failures));
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
        return Task.FromResult(Associated(fromType, fromId, toType));
    }

    public Task<CrmPage<AssociatedRecord>> ListAssociationsPageAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string? after, int limit, CancellationToken cancellationToken = default)
    {
        Record("listAssociationsPage");
        var start = after is null ? 0 : int.Parse(after, System.Globalization.CultureInfo.InvariantCulture);
        var all = Associated(fromType, fromId, toType);
        var next = start + limit < all.Count ? (start + limit).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult(HubSpotModelFactory.CrmPage(all.Skip(start).Take(limit), next));
    }

    public Task<IReadOnlyList<AssociationTypeLabel>> GetAssociationLabelsAsync(CrmObjectType fromType, CrmObjectType toType, CancellationToken cancellationToken = default)
    {
        Record("labels");
        return Task.FromResult(Labels(fromType.Name, toType.Name));
    }

    public Task<AssociationSpec> FindAssociationTypeAsync(CrmObjectType fromType, CrmObjectType toType, string label, CancellationToken cancellationToken = default)
    {
        Record("findLabel");
        var labels = Labels(fromType.Name, toType.Name);
        return Task.FromResult(labels.FirstOrDefault(type => string.Equals(type.Label, label, StringComparison.OrdinalIgnoreCase))?.Spec
            ?? throw new ArgumentException($"No {fromType.Name} → {toType.Name} association type has the label \"{label}\".", nameof(label)));
    }

    public Task CreateAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec, CancellationToken cancellationToken = default)
    {
        Record("createAssociation");
        Associate(fromType.Name, fromId, toType.Name, toId, spec);
        return Task.CompletedTask;
    }

    public Task RemoveAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec, CancellationToken cancellationToken = default)
    {
        Record(spec is null ? "removeAssociation" : "removeAssociationLabel");
        var key = (fromType.Name, fromId, toType.Name, toId);
        if (spec is { } one && one != Default && _associations.TryGetValue(key, out var types))
        {
            types.Remove(one);
        }
        else
        {
            _associations.Remove(key);
        }

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

    private static readonly AssociationSpec Default = new(AssociationCategory.HubSpotDefined, 279);

    private IReadOnlyList<AssociationTypeLabel> Labels(string fromType, string toType) =>
        _labels.GetValueOrDefault((fromType, toType)) ?? [new(Default, null)];

    private IReadOnlyList<AssociatedRecord> Associated(CrmObjectType fromType, string fromId, CrmObjectType toType) =>
        [.. _associations
            .Where(pair => pair.Key.From == fromType.Name && pair.Key.FromId == fromId && pair.Key.To == toType.Name)
            .Select(pair => new AssociatedRecord(pair.Key.ToId, [.. pair.Value.Select(spec =>
                new AssociationTypeLabel(spec, Labels(fromType.Name, toType.Name).FirstOrDefault(type => type.Spec == spec)?.Label))]))];

    private void Record(string call)
    {
        Calls.Add(call);
        if (Failure is { } failure && (FailingCall is null || FailingCall == call))
        {
            throw failure;
        }
    }

    private Dictionary<string, string?> Find(CrmObjectType objectType, string id) =>
        _records.TryGetValue((objectType.Name, id), out var properties)
            ? properties
            : throw new HubSpotCallException("Object not found.") { StatusCode = 404, Category = "OBJECT_NOT_FOUND" };

    private static CrmObject ToRecord(string id, Dictionary<string, string?> properties) => HubSpotModelFactory.CrmObject(id, properties);
}
