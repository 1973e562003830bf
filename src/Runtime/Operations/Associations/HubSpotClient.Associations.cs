using System.Globalization;
using System.Runtime.CompilerServices;
using Spoke.Associations;
using Spoke.Batch;
using Spoke.Operations.Http;

namespace Spoke;

public sealed partial class HubSpotClient
{
    // HubSpot documents no input limit for batch association archive; Spoke uses the smaller documented association batch limit.
    private const int AssociationArchiveChunkSize = HubSpotLimits.MaxBatchAssociationReadSize;

    /// <summary>Lists every record of type <typeparamref name="TTo"/> associated with one record, following every page.</summary>
    /// <typeparam name="TFrom">The generated type of the record whose associations are listed.</typeparam>
    /// <typeparam name="TTo">The generated type of the associated records.</typeparam>
    /// <param name="fromId">The record id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Each associated record with every association type (id, category and label) linking the pair.</returns>
    public IAsyncEnumerable<AssociatedRecord> ListAssociationsAsync<TFrom, TTo>(string fromId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        ListAssociationsAsync(TFrom.ObjectType, fromId, TTo.ObjectType, cancellationToken);

    /// <summary>Lists every record of one object type associated with a record, following every page.</summary>
    /// <param name="fromType">The object type of the record.</param>
    /// <param name="fromId">The record id.</param>
    /// <param name="toType">The object type of the associated records.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Each associated record with every association type linking the pair.</returns>
    public async IAsyncEnumerable<AssociatedRecord> ListAssociationsAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        do
        {
            var page = await ListAssociationsPageAsync(fromType, fromId, toType, after, HubSpotLimits.MaxAssociationsPageSize, cancellationToken).ConfigureAwait(false);
            foreach (var associated in page.Results)
            {
                yield return associated;
            }

            after = page.After;
        }
        while (after is not null);
    }

    /// <summary>Reads one page of the <typeparamref name="TTo"/> records associated with one record.</summary>
    /// <typeparam name="TFrom">The generated type of the record whose associations are listed.</typeparam>
    /// <typeparam name="TTo">The generated type of the associated records.</typeparam>
    /// <param name="fromId">The record id.</param>
    /// <param name="after">The cursor from the previous page's <see cref="CrmPage{T}.After"/>; null for the first page.</param>
    /// <param name="limit">Records per page, 1 to <see cref="HubSpotLimits.MaxAssociationsPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the cursor to the next one.</returns>
    public Task<CrmPage<AssociatedRecord>> ListAssociationsPageAsync<TFrom, TTo>(
        string fromId, string? after = null, int limit = HubSpotLimits.MaxAssociationsPageSize, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        ListAssociationsPageAsync(TFrom.ObjectType, fromId, TTo.ObjectType, after, limit, cancellationToken);

    /// <summary>Reads one page of the records of one object type associated with a record (untyped).</summary>
    /// <param name="fromType">The object type of the record.</param>
    /// <param name="fromId">The record id.</param>
    /// <param name="toType">The object type of the associated records.</param>
    /// <param name="after">The cursor from the previous page's <see cref="CrmPage{T}.After"/>; null for the first page.</param>
    /// <param name="limit">Records per page, 1 to <see cref="HubSpotLimits.MaxAssociationsPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the cursor to the next one.</returns>
    public async Task<CrmPage<AssociatedRecord>> ListAssociationsPageAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string? after = null, int limit = HubSpotLimits.MaxAssociationsPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, HubSpotLimits.MaxAssociationsPageSize);
        List<KeyValuePair<string, string>> query = [new("limit", limit.ToString(CultureInfo.InvariantCulture))];
        if (after is not null)
        {
            query.Add(new("after", after));
        }

        var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.Associations(fromType, fromId, toType), RequestKind.Read) { Query = query };
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return AssociationsResponseReader.ReadPage(response.Body);
    }

    /// <summary>Links two records with an association type; linking them again with the same type changes nothing.</summary>
    /// <typeparam name="TFrom">The generated type the association starts from.</typeparam>
    /// <typeparam name="TTo">The generated type it points to.</typeparam>
    /// <param name="type">The type, for example <c>AssociationType&lt;Contact, Company&gt;.Primary</c>.</param>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    public Task CreateAssociationAsync<TFrom, TTo>(AssociationType<TFrom, TTo> type, string fromId, string toId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return CreateAssociationAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, type.Spec, cancellationToken);
    }

    /// <summary>Links two records with an association type given by category and id (untyped).</summary>
    /// <param name="fromType">The object type the association starts from.</param>
    /// <param name="fromId">The id of the record it starts from.</param>
    /// <param name="toType">The object type it points to.</param>
    /// <param name="toId">The id of the record it points to.</param>
    /// <param name="spec">The association type; null for HubSpot's default (unlabeled) type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    public async Task CreateAssociationAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec? spec = null, CancellationToken cancellationToken = default)
    {
        RequirePair(fromType, fromId, toType, toId);
        var request = spec is { } labelled
            ? HubSpotRequest.WithJson(HttpMethod.Put, CrmPaths.Association(fromType, fromId, toType, toId), RequestKind.IdempotentWrite, writer =>
            {
                writer.WriteStartArray();
                AssociationJson.WriteSpec(writer, labelled);
                writer.WriteEndArray();
            })
            : new HubSpotRequest(HttpMethod.Put, CrmPaths.DefaultAssociation(fromType, fromId, toType, toId), RequestKind.IdempotentWrite);
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Links two records with HubSpot's default (unlabeled) association type for their object types.</summary>
    /// <typeparam name="TFrom">The generated type the association starts from.</typeparam>
    /// <typeparam name="TTo">The generated type it points to.</typeparam>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has linked the records.</returns>
    public Task CreateDefaultAssociationAsync<TFrom, TTo>(string fromId, string toId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        CreateAssociationAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, spec: null, cancellationToken);

    /// <summary>Removes every association between two records (all types and labels).</summary>
    /// <typeparam name="TFrom">The generated type of the first record.</typeparam>
    /// <typeparam name="TTo">The generated type of the second record.</typeparam>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has unlinked the records.</returns>
    public Task RemoveAssociationAsync<TFrom, TTo>(string fromId, string toId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        RemoveAssociationAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, cancellationToken);

    /// <summary>Removes every association between two records (untyped).</summary>
    /// <param name="fromType">The object type of the first record.</param>
    /// <param name="fromId">The id of the first record.</param>
    /// <param name="toType">The object type of the second record.</param>
    /// <param name="toId">The id of the second record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has unlinked the records.</returns>
    public async Task RemoveAssociationAsync(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, CancellationToken cancellationToken = default)
    {
        RequirePair(fromType, fromId, toType, toId);
        var request = new HubSpotRequest(HttpMethod.Delete, CrmPaths.Association(fromType, fromId, toType, toId), RequestKind.IdempotentWrite);
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Removes one association type between two records and keeps the others, for example one label while the records stay
    /// linked. Removing HubSpot's unlabeled type removes every type between the pair, as HubSpot does.
    /// </summary>
    /// <typeparam name="TFrom">The generated type of the first record.</typeparam>
    /// <typeparam name="TTo">The generated type of the second record.</typeparam>
    /// <param name="type">The association type to remove.</param>
    /// <param name="fromId">The id of the <typeparamref name="TFrom"/> record.</param>
    /// <param name="toId">The id of the <typeparamref name="TTo"/> record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has removed the type.</returns>
    public Task RemoveAssociationAsync<TFrom, TTo>(AssociationType<TFrom, TTo> type, string fromId, string toId, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo>
    {
        ArgumentNullException.ThrowIfNull(type);
        return RemoveAssociationAsync(TFrom.ObjectType, fromId, TTo.ObjectType, toId, type.Spec, cancellationToken);
    }

    /// <summary>Removes one association type between two records and keeps the others (untyped); see <see cref="RemoveAssociationAsync{TFrom, TTo}(AssociationType{TFrom, TTo}, string, string, CancellationToken)"/>.</summary>
    /// <param name="fromType">The object type of the first record.</param>
    /// <param name="fromId">The id of the first record.</param>
    /// <param name="toType">The object type of the second record.</param>
    /// <param name="toId">The id of the second record.</param>
    /// <param name="spec">The association type to remove.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has removed the type.</returns>
    public async Task RemoveAssociationAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, AssociationSpec spec, CancellationToken cancellationToken = default)
    {
        RequirePair(fromType, fromId, toType, toId);
        var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.AssociationBatch(fromType, toType, "labels/archive"), RequestKind.IdempotentWrite, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("inputs");
            AssociationJson.WritePair(writer, fromId, toId, spec);
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the association type with a label between two records and keeps the others (untyped).</summary>
    /// <param name="fromType">The object type of the first record.</param>
    /// <param name="fromId">The id of the first record.</param>
    /// <param name="toType">The object type of the second record.</param>
    /// <param name="toId">The id of the second record.</param>
    /// <param name="label">The label to remove, found as <see cref="FindAssociationTypeAsync(CrmObjectType, CrmObjectType, string, CancellationToken)"/> does.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has removed the label.</returns>
    /// <exception cref="AssociationLabelNotFoundException">No type between the pair has the label.</exception>
    public async Task RemoveAssociationAsync(
        CrmObjectType fromType, string fromId, CrmObjectType toType, string toId, string label, CancellationToken cancellationToken = default)
    {
        var spec = await FindAssociationTypeAsync(fromType, toType, label, cancellationToken).ConfigureAwait(false);
        await RemoveAssociationAsync(fromType, fromId, toType, toId, spec, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Links many pairs of records, in requests of <see cref="HubSpotLimits.MaxBatchAssociationCreateSize"/> pairs.
    /// </summary>
    /// <typeparam name="TFrom">The generated type the associations start from.</typeparam>
    /// <typeparam name="TTo">The generated type they point to.</typeparam>
    /// <param name="pairs">The pairs to link.</param>
    /// <param name="type">The association type; null for HubSpot's default (unlabeled) type.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per pair, in input order.</returns>
    public Task<BatchResult<AssociationPair, AssociationPair>> CreateAssociationsAsync<TFrom, TTo>(
        IEnumerable<AssociationPair> pairs, AssociationType<TFrom, TTo>? type = null, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        CreateAssociationsAsync(TFrom.ObjectType, TTo.ObjectType, pairs, type?.Spec, options, cancellationToken);

    /// <summary>Links many pairs of records (untyped); see <see cref="CreateAssociationsAsync{TFrom, TTo}"/>.</summary>
    /// <param name="fromType">The object type the associations start from.</param>
    /// <param name="toType">The object type they point to.</param>
    /// <param name="pairs">The pairs to link.</param>
    /// <param name="spec">The association type; null for HubSpot's default (unlabeled) type.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per pair, in input order.</returns>
    public Task<BatchResult<AssociationPair, AssociationPair>> CreateAssociationsAsync(
        CrmObjectType fromType, CrmObjectType toType, IEnumerable<AssociationPair> pairs, AssociationSpec? spec = null,
        BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentNullException.ThrowIfNull(pairs);
        var items = pairs.Select((pair, index) => pair is null
            ? new BatchInputItem<AssociationPair>(index, pair!, TraceId: null)
            : new BatchInputItem<AssociationPair>(index, pair, TraceId: null, RecordId: AssociationBatchReader.Key(pair.FromId, pair.ToId), ErrorIds: [pair.FromId, pair.ToId])).ToList();
        var path = CrmPaths.AssociationBatch(fromType, toType, spec is null ? "associate/default" : "create");
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
                        AssociationJson.WritePair(writer, item.Input.FromId, item.Input.ToId, spec);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                var response = await SendAsync(request, token).ConfigureAwait(false);
                BatchOutcomeMatcher.Match(chunk, AssociationBatchReader.Read(response.Body), BatchMatching<AssociationPair, AssociationPair>.Shared, outcomes);
            },
            options,
            cancellationToken);
    }

    /// <summary>Removes every association between many pairs of records.</summary>
    /// <typeparam name="TFrom">The generated type of the first record of each pair.</typeparam>
    /// <typeparam name="TTo">The generated type of the second.</typeparam>
    /// <param name="pairs">The pairs to unlink.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when HubSpot has unlinked every pair.</returns>
    public Task RemoveAssociationsAsync<TFrom, TTo>(IEnumerable<AssociationPair> pairs, CancellationToken cancellationToken = default)
        where TFrom : CrmRecord, ICrmObject<TFrom>
        where TTo : CrmRecord, ICrmObject<TTo> =>
        RemoveAssociationsAsync(TFrom.ObjectType, TTo.ObjectType, pairs, cancellationToken);

    /// <summary>Removes every association between many pairs of records (untyped).</summary>
    /// <param name="fromType">The object type of the first record of each pair.</param>
    /// <param name="toType">The object type of the second.</param>
    /// <param name="pairs">The pairs to unlink.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when HubSpot has unlinked every pair.</returns>
    public async Task RemoveAssociationsAsync(CrmObjectType fromType, CrmObjectType toType, IEnumerable<AssociationPair> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentNullException.ThrowIfNull(pairs);
        var byFrom = pairs.GroupBy(static pair => pair.FromId, StringComparer.Ordinal).ToList();
        foreach (var chunk in byFrom.Chunk(AssociationArchiveChunkSize))
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
            await SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    // The parameter names match the public methods', so the exceptions name the caller's argument.
    private static void RequirePair(CrmObjectType fromType, string fromId, CrmObjectType toType, string toId)
    {
        ArgumentNullException.ThrowIfNull(fromType);
        ArgumentNullException.ThrowIfNull(toType);
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toId);
    }
}
