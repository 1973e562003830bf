using System.Globalization;
using Spoke.Batch;
using Spoke.Http;
using Spoke.Paging;

namespace Spoke.Associations;

/// <summary>
/// Associations between records through HubSpot's v4 API, and the account's association labels, through
/// <see cref="HubSpotClient.Associations"/>. Every operation has a typed form (the direction in its type arguments, for example
/// <c>&lt;Contact, Company&gt;</c>, then <c>fromId, toId</c>, then the association type or label) and an untyped form for object
/// types known only at run time (<c>fromType, fromId, toType, toId</c>, then the same).
/// </summary>
/// <remarks>
/// Links are created and removed; labels are created, updated and deleted, as HubSpot names them. An association type is an
/// <see cref="AssociationType{TFrom, TTo}"/> in typed calls and an <see cref="AssociationSpec"/> in untyped ones; a label is given
/// by name only to the methods whose name says so (<c>…ByLabelAsync</c>), so <see langword="null"/> never means two things.
/// Every method is virtual: derive from this class with the protected constructor to fake it in tests.
/// </remarks>
public partial class AssociationsClient
{
    // HubSpot documents no input limit for batch association archive; Spoke uses the smaller documented association batch limit.
    private const int ArchiveChunkSize = HubSpotLimits.MaxBatchAssociationReadSize;

    private readonly HubSpotClient? _client;
    private readonly AssociationLabelCache _labels = new();

    /// <summary>
    /// Creates an associations client for mocking: every member a derived test double does not override throws
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    protected AssociationsClient()
    {
    }

    internal AssociationsClient(HubSpotClient client) => _client = client;

    /// <summary>Lists the <typeparamref name="TTo"/> records associated with one record, 500 per page by default.</summary>
    /// <typeparam name="TFrom">The generated type of the record whose associations are listed.</typeparam>
    /// <typeparam name="TTo">The generated type of the associated records.</typeparam>
    /// <param name="fromId">The record id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Each associated record with every association type (id, category and label) linking the pair.</returns>
    public virtual CrmPageable<AssociatedRecord> ListAsync<TFrom, TTo>(string fromId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        ListCore(TFrom.ObjectType, fromId, TTo.ObjectType, cancellationToken);

    /// <summary>Lists the records of one object type associated with a record; see <see cref="ListAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type of the record.</param>
    /// <param name="fromId">The record id.</param>
    /// <param name="toType">The object type of the associated records.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Each associated record with every association type linking the pair.</returns>
    public virtual CrmPageable<AssociatedRecord> ListAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, CancellationToken cancellationToken = default) =>
        ListCore(fromType, fromId, toType, cancellationToken);

    /// <summary>Links two records with an association type; linking them again with the same type changes nothing.</summary>
    /// <typeparam name="TFrom">The generated type the association starts from.</typeparam>
    /// <typeparam name="TTo">The generated type it points to.</typeparam>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="type">The type, for example <c>AssociationType&lt;Contact, Company&gt;.Primary</c> or one of the account's labels.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    public virtual Task CreateAsync<TFrom, TTo>(string fromId, string toId, AssociationType<TFrom, TTo> type, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return CreateCoreAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, type.Spec, cancellationToken);
    }

    /// <summary>Links two records with an association type given by category and id; see <see cref="CreateAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the association starts from.</param>
    /// <param name="fromId">The id of the record it starts from.</param>
    /// <param name="toType">The object type it points to.</param>
    /// <param name="toId">The id of the record it points to.</param>
    /// <param name="type">The association type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    public virtual Task CreateAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec type, CancellationToken cancellationToken = default) =>
        CreateCoreAsync(fromType, fromId, toType, toId, type, cancellationToken);

    /// <summary>Links two records with HubSpot's default (unlabeled) association type for their object types.</summary>
    /// <typeparam name="TFrom">The generated type the association starts from.</typeparam>
    /// <typeparam name="TTo">The generated type it points to.</typeparam>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    public virtual Task CreateDefaultAsync<TFrom, TTo>(string fromId, string toId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        CreateCoreAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, type: null, cancellationToken);

    /// <summary>Links two records with HubSpot's default (unlabeled) association type; see <see cref="CreateDefaultAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the association starts from.</param>
    /// <param name="fromId">The id of the record it starts from.</param>
    /// <param name="toType">The object type it points to.</param>
    /// <param name="toId">The id of the record it points to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    public virtual Task CreateDefaultAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, CancellationToken cancellationToken = default) =>
        CreateCoreAsync(fromType, fromId, toType, toId, type: null, cancellationToken);

    /// <summary>Links two records with the association type that has a label, found as <see cref="GetTypeByLabelAsync{TFrom, TTo}"/> does.</summary>
    /// <typeparam name="TFrom">The generated type the association starts from.</typeparam>
    /// <typeparam name="TTo">The generated type it points to.</typeparam>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="label">The label, for example <c>Decision maker</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    /// <exception cref="ArgumentException">No type between the pair has the label; the message lists the labels that exist. Nothing was written.</exception>
    public virtual Task CreateByLabelAsync<TFrom, TTo>(string fromId, string toId, string label, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        CreateByLabelCoreAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, label, cancellationToken);

    /// <summary>Links two records with the association type that has a label; see <see cref="CreateByLabelAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the association starts from.</param>
    /// <param name="fromId">The id of the record it starts from.</param>
    /// <param name="toType">The object type it points to.</param>
    /// <param name="toId">The id of the record it points to.</param>
    /// <param name="label">The label, for example <c>Decision maker</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    /// <exception cref="ArgumentException">No type between the pair has the label; the message lists the labels that exist. Nothing was written.</exception>
    public virtual Task CreateByLabelAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, string label, CancellationToken cancellationToken = default) =>
        CreateByLabelCoreAsync(fromType, fromId, toType, toId, label, cancellationToken);

    /// <summary>Removes every association between two records (all types and labels).</summary>
    /// <typeparam name="TFrom">The generated type of the first record.</typeparam>
    /// <typeparam name="TTo">The generated type of the second record.</typeparam>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has unlinked the records.</returns>
    public virtual Task RemoveAsync<TFrom, TTo>(string fromId, string toId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        RemoveAllCoreAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, cancellationToken);

    /// <summary>Removes every association between two records; see <see cref="RemoveAsync{TFrom, TTo}(string, string, CancellationToken)"/>.</summary>
    /// <param name="fromType">The object type of the first record.</param>
    /// <param name="fromId">The id of the first record.</param>
    /// <param name="toType">The object type of the second record.</param>
    /// <param name="toId">The id of the second record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has unlinked the records.</returns>
    public virtual Task RemoveAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, CancellationToken cancellationToken = default) =>
        RemoveAllCoreAsync(fromType, fromId, toType, toId, cancellationToken);

    /// <summary>
    /// Removes one association type between two records and keeps the others, for example one label while the records stay
    /// linked. Removing HubSpot's unlabeled type removes every type between the pair, as HubSpot does.
    /// </summary>
    /// <typeparam name="TFrom">The generated type of the first record.</typeparam>
    /// <typeparam name="TTo">The generated type of the second record.</typeparam>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="type">The association type to remove.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has removed the type.</returns>
    public virtual Task RemoveAsync<TFrom, TTo>(string fromId, string toId, AssociationType<TFrom, TTo> type, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return RemoveTypeCoreAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, type.Spec, cancellationToken);
    }

    /// <summary>
    /// Removes one association type between two records and keeps the others; see
    /// <see cref="RemoveAsync{TFrom, TTo}(string, string, AssociationType{TFrom, TTo}, CancellationToken)"/>.
    /// </summary>
    /// <param name="fromType">The object type of the first record.</param>
    /// <param name="fromId">The id of the first record.</param>
    /// <param name="toType">The object type of the second record.</param>
    /// <param name="toId">The id of the second record.</param>
    /// <param name="type">The association type to remove.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has removed the type.</returns>
    public virtual Task RemoveAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec type, CancellationToken cancellationToken = default) =>
        RemoveTypeCoreAsync(fromType, fromId, toType, toId, type, cancellationToken);

    /// <summary>Removes the association type that has a label between two records, and keeps the others.</summary>
    /// <typeparam name="TFrom">The generated type of the first record.</typeparam>
    /// <typeparam name="TTo">The generated type of the second record.</typeparam>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="label">The label to remove, found as <see cref="GetTypeByLabelAsync{TFrom, TTo}"/> does.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has removed the label.</returns>
    /// <exception cref="ArgumentException">No type between the pair has the label; the message lists the labels that exist. Nothing was written.</exception>
    public virtual Task RemoveByLabelAsync<TFrom, TTo>(string fromId, string toId, string label, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        RemoveByLabelCoreAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, label, cancellationToken);

    /// <summary>Removes the association type that has a label between two records; see <see cref="RemoveByLabelAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type of the first record.</param>
    /// <param name="fromId">The id of the first record.</param>
    /// <param name="toType">The object type of the second record.</param>
    /// <param name="toId">The id of the second record.</param>
    /// <param name="label">The label to remove.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has removed the label.</returns>
    /// <exception cref="ArgumentException">No type between the pair has the label; the message lists the labels that exist. Nothing was written.</exception>
    public virtual Task RemoveByLabelAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, string label, CancellationToken cancellationToken = default) =>
        RemoveByLabelCoreAsync(fromType, fromId, toType, toId, label, cancellationToken);

    /// <summary>Links many pairs of records with an association type, in requests of <see cref="HubSpotLimits.MaxBatchAssociationCreateSize"/> pairs.</summary>
    /// <typeparam name="TFrom">The generated type the associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="pairs">The pairs to link.</param>
    /// <param name="type">The association type.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per pair, in input order.</returns>
    public virtual Task<BatchResult<AssociationPair, AssociationPair>> BatchCreateAsync<TFrom, TTo>(
        IEnumerable<AssociationPair> pairs, AssociationType<TFrom, TTo> type, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return BatchCreateCoreAsync(TFrom.ObjectType, TTo.ObjectType, pairs, type.Spec, options, cancellationToken);
    }

    /// <summary>Links many pairs of records with an association type; see <see cref="BatchCreateAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="pairs">The pairs to link.</param>
    /// <param name="type">The association type.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per pair, in input order.</returns>
    public virtual Task<BatchResult<AssociationPair, AssociationPair>> BatchCreateAsync(
        CrmObjectType fromType, CrmObjectType toType, IEnumerable<AssociationPair> pairs, AssociationSpec type,
        BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        BatchCreateCoreAsync(fromType, toType, pairs, type, options, cancellationToken);

    /// <summary>Links many pairs of records with HubSpot's default (unlabeled) association type, in requests of <see cref="HubSpotLimits.MaxBatchAssociationCreateSize"/> pairs.</summary>
    /// <typeparam name="TFrom">The generated type the associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="pairs">The pairs to link.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per pair, in input order.</returns>
    public virtual Task<BatchResult<AssociationPair, AssociationPair>> BatchCreateDefaultAsync<TFrom, TTo>(
        IEnumerable<AssociationPair> pairs, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        BatchCreateCoreAsync(TFrom.ObjectType, TTo.ObjectType, pairs, type: null, options, cancellationToken);

    /// <summary>Links many pairs of records with HubSpot's default association type; see <see cref="BatchCreateDefaultAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="pairs">The pairs to link.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per pair, in input order.</returns>
    public virtual Task<BatchResult<AssociationPair, AssociationPair>> BatchCreateDefaultAsync(
        CrmObjectType fromType, CrmObjectType toType, IEnumerable<AssociationPair> pairs, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        BatchCreateCoreAsync(fromType, toType, pairs, type: null, options, cancellationToken);

    /// <summary>Removes every association between many pairs of records.</summary>
    /// <typeparam name="TFrom">The generated type of the first record of each pair.</typeparam>
    /// <typeparam name="TTo">The generated type of the second.</typeparam>
    /// <param name="pairs">The pairs to unlink.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when HubSpot has unlinked every pair.</returns>
    public virtual Task BatchRemoveAsync<TFrom, TTo>(IEnumerable<AssociationPair> pairs, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        BatchRemoveCoreAsync(TFrom.ObjectType, TTo.ObjectType, pairs, cancellationToken);

    /// <summary>Removes every association between many pairs of records; see <see cref="BatchRemoveAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type of the first record of each pair.</param>
    /// <param name="toType">The object type of the second.</param>
    /// <param name="pairs">The pairs to unlink.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when HubSpot has unlinked every pair.</returns>
    public virtual Task BatchRemoveAsync(CrmObjectType fromType, CrmObjectType toType, IEnumerable<AssociationPair> pairs, CancellationToken cancellationToken = default) =>
        BatchRemoveCoreAsync(fromType, toType, pairs, cancellationToken);

    private HubSpotClient Client => _client ?? throw MockingErrors.NotOverridden(this);

    // The parameter names match the public methods', so the exceptions name the caller's argument.
    private static void RequirePair(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toId);
    }

    private CursorPageable<AssociatedRecord> ListCore(CrmObjectType fromType, string fromId, CrmObjectType toType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        var client = Client;
        return new CursorPageable<AssociatedRecord>(
            CursorListing.Associations,
            $"{fromType.TypeId}\n{fromId}\n{toType.TypeId}",
            async (after, pageSize, token) =>
            {
                var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.Associations(fromType, fromId, toType), RequestKind.Read)
                {
                    Query = after is null
                        ? [new("limit", pageSize.ToString(CultureInfo.InvariantCulture))]
                        : [new("limit", pageSize.ToString(CultureInfo.InvariantCulture)), new("after", after)],
                };
                var response = await client.SendCoreAsync(request, token).ConfigureAwait(false);
                return AssociationsResponseReader.ReadPage(response.Content);
            },
            cancellationToken);
    }

    private async Task CreateCoreAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? type, CancellationToken cancellationToken)
    {
        RequirePair(fromType, fromId, toType, toId);
        var request = type is { } labelled
            ? HubSpotRequest.WithJson(HttpMethod.Put, CrmPaths.Association(fromType, fromId, toType, toId), RequestKind.IdempotentWrite, writer =>
            {
                writer.WriteStartArray();
                AssociationJson.WriteSpec(writer, labelled);
                writer.WriteEndArray();
            })
            : new HubSpotRequest(HttpMethod.Put, CrmPaths.DefaultAssociation(fromType, fromId, toType, toId), RequestKind.IdempotentWrite);
        await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task CreateByLabelCoreAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, string label, CancellationToken cancellationToken)
    {
        RequirePair(fromType, fromId, toType, toId);
        var type = await GetTypeByLabelCoreAsync(fromType, toType, label, cancellationToken).ConfigureAwait(false);
        await CreateCoreAsync(fromType, fromId, toType, toId, type, cancellationToken).ConfigureAwait(false);
    }

    private async Task RemoveAllCoreAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, CancellationToken cancellationToken)
    {
        RequirePair(fromType, fromId, toType, toId);
        var request = new HubSpotRequest(HttpMethod.Delete, CrmPaths.Association(fromType, fromId, toType, toId), RequestKind.IdempotentWrite);
        await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task RemoveTypeCoreAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec type, CancellationToken cancellationToken)
    {
        RequirePair(fromType, fromId, toType, toId);
        var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.AssociationBatch(fromType, toType, "labels/archive"), RequestKind.IdempotentWrite, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("inputs");
            AssociationJson.WritePair(writer, fromId, toId, type);
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task RemoveByLabelCoreAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, string label, CancellationToken cancellationToken)
    {
        RequirePair(fromType, fromId, toType, toId);
        var type = await GetTypeByLabelCoreAsync(fromType, toType, label, cancellationToken).ConfigureAwait(false);
        await RemoveTypeCoreAsync(fromType, fromId, toType, toId, type, cancellationToken).ConfigureAwait(false);
    }

    private Task<BatchResult<AssociationPair, AssociationPair>> BatchCreateCoreAsync(
        CrmObjectType fromType, CrmObjectType toType, IEnumerable<AssociationPair> pairs, AssociationSpec? type, BatchOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentNullException.ThrowIfNull(pairs);
        var client = Client;
        var items = pairs.Select((pair, index) => pair is null
            ? new BatchInputItem<AssociationPair>(index, pair!, TraceId: null)
            : new BatchInputItem<AssociationPair>(index, pair, TraceId: null, RecordId: AssociationBatchReader.Key(pair.FromId, pair.ToId), ErrorIds: [pair.FromId, pair.ToId])).ToList();
        var path = CrmPaths.AssociationBatch(fromType, toType, type is null ? "associate/default" : "create");
        return BatchRunner.RunAsync<AssociationPair, AssociationPair>(
            items,
            HubSpotLimits.MaxBatchAssociationCreateSize,
            static item => item.Input is null || string.IsNullOrWhiteSpace(item.Input.FromId) || string.IsNullOrWhiteSpace(item.Input.ToId)
                ? BatchErrors.Rejected("The pair needs both a from id and a to id.")
                : null,
            async (chunk, outcomes, token) =>
            {
                var request = HubSpotRequest.WithJson(HttpMethod.Post, path, RequestKind.IdempotentWrite, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteStartArray("inputs");
                    foreach (var item in chunk)
                    {
                        AssociationJson.WritePair(writer, item.Input.FromId, item.Input.ToId, type);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                var response = await client.SendCoreAsync(request, token).ConfigureAwait(false);
                BatchOutcomeMatcher.Match(chunk, AssociationBatchReader.Read(response.Content), BatchMatching<AssociationPair, AssociationPair>.Shared, outcomes);
            },
            () => client.ConcurrencyFor(RequestKind.IdempotentWrite),
            options,
            cancellationToken);
    }

    private async Task BatchRemoveCoreAsync(CrmObjectType fromType, CrmObjectType toType, IEnumerable<AssociationPair> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentNullException.ThrowIfNull(pairs);
        var unlinked = pairs.ToList();
        if (unlinked.Any(static pair => pair is null || string.IsNullOrWhiteSpace(pair.FromId) || string.IsNullOrWhiteSpace(pair.ToId)))
        {
            throw new ArgumentException("Every pair needs both a from id and a to id; nothing was removed.", nameof(pairs));
        }

        var byFrom = unlinked.GroupBy(static pair => pair.FromId, StringComparer.Ordinal).ToList();
        foreach (var chunk in byFrom.Chunk(ArchiveChunkSize))
        {
            var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.AssociationBatch(fromType, toType, "archive"), RequestKind.IdempotentWrite, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("inputs");
                foreach (var group in chunk)
                {
                    writer.WriteStartObject();
                    AssociationJson.WriteIdObject(writer, "from", group.Key);
                    writer.WriteStartArray("to");
                    foreach (var pair in group)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", pair.ToId);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
