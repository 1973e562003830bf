using System.Globalization;
using Spoke.Account;
using Spoke.Associations;
using Spoke.Batch;
using Spoke.Pipelines;
using Spoke.Schema;
using Spoke.Search;

namespace Spoke.Agents.Tests.Fakes;

/// <summary>
/// An in-memory HubSpot made the way a user's unit test fakes one: a <see cref="HubSpotClient"/> subclass (protected
/// constructor) overriding the calls the tools make, with its associations and schema sub-clients. Records by type and
/// id, a log of the calls, and a failure to throw from every call or one.
/// </summary>
internal sealed class FakeHubSpotClient : HubSpotClient
{
    private static readonly AssociationSpec Default = new(AssociationCategory.HubSpotDefined, 279);

    private readonly Dictionary<(string Type, string Id), Dictionary<string, string?>> _records = [];
    private readonly Dictionary<(string From, string FromId, string To, string ToId), List<AssociationSpec>> _associations = [];
    private readonly Dictionary<(string From, string To), List<AssociationTypeLabel>> _labels = new()
    {
        [("contacts", "companies")] =
        [
            new(Default, null),
            new(new AssociationSpec(AssociationCategory.HubSpotDefined, 1), "Primary"),
            new(new AssociationSpec(AssociationCategory.UserDefined, 30), "Decision maker"),
            new(new AssociationSpec(AssociationCategory.UserDefined, 31), "Billing contact"),
        ],
    };
    private int _nextId = 100;

    public FakeHubSpotClient()
    {
        Associations = new FakeAssociations(this);
        Schema = new FakeSchema(this);
        Pipelines = new FakePipelines(this);
        Account = new FakeAccount();
    }

    public override AssociationsClient Associations { get; }

    public override SchemaClient Schema { get; }

    public override PipelinesClient Pipelines { get; }

    /// <summary>A token without access to account-info, as the hosted tests' tokens often are: records carry no links.</summary>
    public override AccountClient Account { get; }

    public List<string> Calls { get; } = [];

    /// <summary>Thrown by every call (or by <see cref="FailingCall"/> only): a HubSpot failure, or any exception a defect could raise.</summary>
    public Exception? Failure { get; set; }

    /// <summary>When set, <see cref="Failure"/> is thrown only by this call (e.g. "createAssociation").</summary>
    public string? FailingCall { get; set; }

    /// <summary>HubSpot's reason for rejecting the upsert input with this id value, or null to write it.</summary>
    public Func<string, string?> UpsertRejection { get; set; } = _ => null;

    public SearchRequest? LastSearch { get; private set; }

    public int? LastSearchLimit { get; private set; }

    public string? LastSearchAfter { get; private set; }

    public string Add(string objectType, Dictionary<string, string?> properties)
    {
        var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
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

    public override CrmPageable<CrmObject> SearchAsync(CrmObjectType objectType, SearchRequest request, CancellationToken cancellationToken = default)
    {
        Record("search", throwNow: false);
        LastSearch = request;
        return new FakePageable<CrmObject>(this, "search", (after, limit) =>
        {
            LastSearchAfter = after;
            LastSearchLimit = limit;
            var matches = _records.Where(pair => pair.Key.Type == objectType.Name).Select(pair => ToRecord(pair.Key.Id, pair.Value)).ToList();
            return HubSpotModelFactory.CrmPage(matches.Take(limit ?? 10), total: matches.Count);
        });
    }

    public override Task<CrmObject> GetAsync(CrmObjectType objectType, string id, IEnumerable<string>? properties = null, bool archived = false, CancellationToken cancellationToken = default)
    {
        Record("get");
        return Task.FromResult(ToRecord(id, Find(objectType, id)));
    }

    public override Task<CrmObject> GetByUniquePropertyAsync(CrmObjectType objectType, string propertyName, string value, IEnumerable<string>? properties = null, CancellationToken cancellationToken = default)
    {
        Record("get");
        var match = _records.FirstOrDefault(pair => pair.Key.Type == objectType.Name && pair.Value.GetValueOrDefault(propertyName) == value);
        return Task.FromResult(match.Value is null ? throw NotFound() : ToRecord(match.Key.Id, match.Value));
    }

    public override Task<CrmObject> CreateAsync(CrmObjectType objectType, CrmObjectInput input, IEnumerable<AssociationTarget>? associations = null, CancellationToken cancellationToken = default)
    {
        Record("create");
        var id = Add(objectType.Name, Values(input));
        return Task.FromResult(ToRecord(id, _records[(objectType.Name, id)]));
    }

    public override Task<CrmObject> UpdateAsync(CrmObjectType objectType, string id, CrmObjectInput input, CancellationToken cancellationToken = default)
    {
        Record("update");
        var stored = Find(objectType, id);
        foreach (var (name, value) in input.Changes)
        {
            stored[name] = value;
        }

        return Task.FromResult(ToRecord(id, stored));
    }

    public override Task<BatchResult<CrmObjectInput, CrmObject>> BatchUpsertAsync(
        CrmObjectType objectType, string idProperty, IEnumerable<CrmObjectInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        Record("upsert");
        var items = inputs.Select((input, index) =>
        {
            var properties = Values(input);
            var idValue = properties[idProperty]!;
            return UpsertRejection(idValue) is { } reason
                ? HubSpotModelFactory.BatchItemResult<CrmObjectInput, CrmObject>(index, input, error: HubSpotModelFactory.BatchItemError(reason, "VALIDATION_ERROR"))
                : HubSpotModelFactory.BatchItemResult(index, input, ToRecord(Add(objectType.Name, properties), properties), upsertOutcome: UpsertOutcome.Created);
        });
        return Task.FromResult(HubSpotModelFactory.BatchResult(items.ToList()));
    }

    public override Task ArchiveAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken = default)
    {
        Record("archive");
        Find(objectType, id);
        _records.Remove((objectType.Name, id));
        return Task.CompletedTask;
    }

    private static Dictionary<string, string?> Values(CrmObjectInput input) =>
        input.Changes.ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal);

    private static HubSpotException NotFound() =>
        HubSpotModelFactory.HubSpotException(404, category: "OBJECT_NOT_FOUND", serviceMessage: "Object not found.");

    private IReadOnlyList<AssociationTypeLabel> Labels(string fromType, string toType) =>
        _labels.GetValueOrDefault((fromType, toType)) ?? [new(Default, null)];

    private List<AssociatedRecord> Associated(CrmObjectType fromType, string fromId, CrmObjectType toType) =>
        [.. _associations
            .Where(pair => pair.Key.From == fromType.Name && pair.Key.FromId == fromId && pair.Key.To == toType.Name)
            .Select(pair => HubSpotModelFactory.AssociatedRecord(pair.Key.ToId, pair.Value.Select(spec =>
                new AssociationTypeLabel(spec, Labels(fromType.Name, toType.Name).FirstOrDefault(type => type.Spec == spec)?.Label))))];

    private void Record(string call, bool throwNow = true)
    {
        Calls.Add(call);
        if (throwNow)
        {
            ThrowIfFailing(call);
        }
    }

    private void ThrowIfFailing(string call)
    {
        if (Failure is { } failure && (FailingCall is null || FailingCall == call))
        {
            throw failure;
        }
    }

    private Dictionary<string, string?> Find(CrmObjectType objectType, string id) =>
        _records.TryGetValue((objectType.Name, id), out var properties) ? properties : throw NotFound();

    private static CrmObject ToRecord(string id, Dictionary<string, string?> properties) => HubSpotModelFactory.CrmObject(id, properties);

    /// <summary>One page per call of <see cref="AsPages"/>; a failure set on the client is thrown when the page is read, as HubSpot's would be.</summary>
    private sealed class FakePageable<T>(FakeHubSpotClient client, string call, Func<string?, int?, CrmPage<T>> page) : CrmPageable<T>
        where T : notnull
    {
        public override async IAsyncEnumerable<CrmPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            await Task.Yield();
            client.ThrowIfFailing(call);
            yield return page(continuationToken, pageSizeHint);
        }
    }

    private sealed class FakeAssociations(FakeHubSpotClient client) : AssociationsClient
    {
        public override CrmPageable<AssociatedRecord> ListAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, CancellationToken cancellationToken = default)
        {
            client.Record("listAssociations", throwNow: false);
            return new FakePageable<AssociatedRecord>(client, "listAssociations", (after, limit) =>
            {
                var all = client.Associated(fromType, fromId, toType);
                var start = after is null ? 0 : int.Parse(after, CultureInfo.InvariantCulture);
                var size = limit ?? all.Count;
                var next = start + size < all.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null;
                return HubSpotModelFactory.CrmPage(all.Skip(start).Take(size), next);
            });
        }

        public override Task<IReadOnlyList<AssociationTypeLabel>> GetLabelsAsync(CrmObjectType fromType, CrmObjectType toType, CancellationToken cancellationToken = default)
        {
            client.Record("labels");
            return Task.FromResult(client.Labels(fromType.Name, toType.Name));
        }

        public override Task<AssociationSpec> GetTypeByLabelAsync(CrmObjectType fromType, CrmObjectType toType, string label, CancellationToken cancellationToken = default)
        {
            client.Record("findLabel");
            return Task.FromResult(client.Labels(fromType.Name, toType.Name).FirstOrDefault(type => string.Equals(type.Label, label, StringComparison.OrdinalIgnoreCase))?.Spec
                ?? throw new ArgumentException($"No {fromType.Name} → {toType.Name} association type has the label \"{label}\".", nameof(label)));
        }

        public override Task CreateAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec type, CancellationToken cancellationToken = default) =>
            Create(fromType, fromId, toType, toId, type);

        public override Task CreateDefaultAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, CancellationToken cancellationToken = default) =>
            Create(fromType, fromId, toType, toId, null);

        public override Task RemoveAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, CancellationToken cancellationToken = default)
        {
            client.Record("removeAssociation");
            client._associations.Remove((fromType.Name, fromId, toType.Name, toId));
            return Task.CompletedTask;
        }

        public override Task RemoveAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec type, CancellationToken cancellationToken = default)
        {
            client.Record("removeAssociationLabel");
            var key = (fromType.Name, fromId, toType.Name, toId);
            if (type != Default && client._associations.TryGetValue(key, out var types))
            {
                types.Remove(type);
            }
            else
            {
                client._associations.Remove(key);
            }

            return Task.CompletedTask;
        }

        private Task Create(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? type)
        {
            client.Record("createAssociation");
            client.Associate(fromType.Name, fromId, toType.Name, toId, type);
            return Task.CompletedTask;
        }
    }

    private sealed class FakeSchema(FakeHubSpotClient client) : SchemaClient
    {
        public override Task<CrmObjectSchema> GetSchemaAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
        {
            client.Record("properties");
            return Task.FromResult(new CrmObjectSchema(objectType,
            [
                new CrmProperty { Name = "email", Label = "Email", Type = "string", FieldType = "text", Description = "Primary email", GroupName = "contactinformation" },
                new CrmProperty
                {
                    Name = "lifecyclestage", Label = "Lifecycle stage", Type = "enumeration", FieldType = "select", GroupName = "contactinformation",
                    Options = [new("lead", "Lead", null, 0, Hidden: false), new("customer", "Customer", null, 1, Hidden: false)],
                },
                new CrmProperty { Name = "hs_object_id", Label = "Record ID", Type = "number", FieldType = "number", GroupName = "contactinformation", ReadOnlyValue = true },
            ]));
        }
    }

    private sealed class FakePipelines(FakeHubSpotClient client) : PipelinesClient
    {
        public override Task<IReadOnlyList<CrmPipeline>> ListAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
        {
            client.Record("pipelines");
            return Task.FromResult<IReadOnlyList<CrmPipeline>>(
            [
                new CrmPipeline
                {
                    Id = "default",
                    Label = "Sales Pipeline",
                    Stages = [new CrmPipelineStage { Id = "closedwon", Label = "Closed Won", Metadata = new Dictionary<string, string> { ["probability"] = "1.0", ["isClosed"] = "true" } }],
                },
            ]);
        }
    }

    private sealed class FakeAccount : AccountClient
    {
        public override Task<HubSpotAccountDetails> GetDetailsAsync(CancellationToken cancellationToken = default) =>
            Task.FromException<HubSpotAccountDetails>(HubSpotModelFactory.HubSpotException(403, category: "MISSING_SCOPES", serviceMessage: "missing scopes"));

        public override Task<HubSpotAccessTokenInfo> GetAccessTokenInfoAsync(CancellationToken cancellationToken = default) =>
            Task.FromException<HubSpotAccessTokenInfo>(HubSpotModelFactory.HubSpotException(401, category: "INVALID_AUTHENTICATION", serviceMessage: "unknown token"));
    }
}
