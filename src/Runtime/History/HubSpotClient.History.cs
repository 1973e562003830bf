using System.Globalization;
using System.Text.Json;
using Spoke.Batch;
using Spoke.History;
using Spoke.Http;
using Spoke.Json;
using Spoke.Paging;
using Spoke.Wire;

namespace Spoke;

/// <summary>Property history (<c>propertiesWithHistory</c>): every value records' properties held, typed per property.</summary>
public partial class HubSpotClient
{
    /// <summary>
    /// Reads the history of some properties of a record: each value the property held, newest first, with when and by what
    /// source it was set. <see cref="RecordHistory.Get{TValue}"/> decodes the values as <typeparamref name="T"/>'s members do.
    /// </summary>
    /// <typeparam name="T">The generated record type, for example <c>Deal</c>.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The properties whose history to read, for example <c>[Deal.Properties.DealStage, Deal.Properties.Amount]</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The history of each property the object type has (HubSpot leaves unknown names out).</returns>
    /// <exception cref="ArgumentException">No property was named, or the names do not fit in a URL.</exception>
    /// <exception cref="HubSpotException">404 when the record does not exist.</exception>
    public virtual Task<RecordHistory> GetHistoryAsync<T>(string id, IEnumerable<string> properties, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> =>
        GetHistoryCoreAsync(T.ObjectType, id, properties, TypedDecoders<T>(), cancellationToken);

    /// <summary>Reads the history of some properties of a record of any object type; values are the wire strings. See <see cref="GetHistoryAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The properties whose history to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The history of each property the object type has.</returns>
    /// <exception cref="ArgumentException">No property was named, or the names do not fit in a URL.</exception>
    /// <exception cref="HubSpotException">404 when the record does not exist.</exception>
    public virtual Task<RecordHistory> GetHistoryAsync(CrmObjectType objectType, string id, IEnumerable<string> properties, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return GetHistoryCoreAsync(objectType, id, properties, decoderOf: null, cancellationToken);
    }

    /// <summary>
    /// Lists every record of <typeparamref name="T"/>'s object type with the history of some of its properties, in pages of at
    /// most <see cref="HubSpotLimits.MaxRecordsWithHistory"/> records (HubSpot's lower limit for reads with history).
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="properties">The properties whose history to read.</param>
    /// <param name="archived">True to list the records in the recycle bin instead.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Each record's history, typed as in <see cref="GetHistoryAsync{T}"/>, page by page as they are enumerated.</returns>
    /// <exception cref="ArgumentException">No property was named, or the names do not fit in a URL.</exception>
    public virtual CrmPageable<RecordHistory> ListHistoryAsync<T>(IEnumerable<string> properties, bool archived = false, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> =>
        ListHistoryCore(T.ObjectType, properties, archived, TypedDecoders<T>(), cancellationToken);

    /// <summary>Lists every record of an object type with the history of some properties; values are the wire strings. See <see cref="ListHistoryAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="properties">The properties whose history to read.</param>
    /// <param name="archived">True to list the records in the recycle bin instead.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Each record's history, page by page as they are enumerated.</returns>
    /// <exception cref="ArgumentException">No property was named, or the names do not fit in a URL.</exception>
    public virtual CrmPageable<RecordHistory> ListHistoryAsync(
        CrmObjectType objectType, IEnumerable<string> properties, bool archived = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return ListHistoryCore(objectType, properties, archived, decoderOf: null, cancellationToken);
    }

    /// <summary>
    /// Reads the history of some properties of any number of records by id, in requests of
    /// <see cref="HubSpotLimits.MaxRecordsWithHistory"/> (HubSpot's lower batch limit for reads with history).
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="ids">The record ids.</param>
    /// <param name="properties">The properties whose history to read.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per id, in input order, typed as in <see cref="GetHistoryAsync{T}"/>; ids HubSpot does not know are failures, not exceptions.</returns>
    /// <exception cref="ArgumentException">No property was named.</exception>
    public virtual Task<BatchResult<string, RecordHistory>> BatchReadHistoryAsync<T>(
        IEnumerable<string> ids, IEnumerable<string> properties, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> =>
        BatchReadHistoryCoreAsync(T.ObjectType, ids, properties, TypedDecoders<T>(), options, cancellationToken);

    /// <summary>Reads the history of some properties of many records of any object type; values are the wire strings. See <see cref="BatchReadHistoryAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="ids">The record ids.</param>
    /// <param name="properties">The properties whose history to read.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per id, in input order.</returns>
    /// <exception cref="ArgumentException">No property was named.</exception>
    public virtual Task<BatchResult<string, RecordHistory>> BatchReadHistoryAsync(
        CrmObjectType objectType, IEnumerable<string> ids, IEnumerable<string> properties, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return BatchReadHistoryCoreAsync(objectType, ids, properties, decoderOf: null, options, cancellationToken);
    }

    /// <summary>The decoder of each property <typeparamref name="T"/> has a member for.</summary>
    internal static Func<string, PropertyDecoder?> TypedDecoders<T>()
        where T : CrmRecord, ICrmObject<T> =>
        static name => T.TryDecodeProperty(name, null, out _) ? (string? wire, out object? value) => T.TryDecodeProperty(name, wire, out value) : null;

    private static List<string> HistoryNames(IEnumerable<string> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var names = properties.Where(static name => !string.IsNullOrWhiteSpace(name)).Distinct(StringComparer.Ordinal).ToList();
        return names.Count > 0 ? names : throw new ArgumentException("Name at least one property whose history to read.", nameof(properties));
    }

    private async Task<RecordHistory> GetHistoryCoreAsync(
        CrmObjectType objectType, string id, IEnumerable<string> properties, Func<string, PropertyDecoder?>? decoderOf, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var names = HistoryNames(properties);

        // Only hs_object_id among the current values: the history is what was asked for.
        var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.Object(objectType, id), RequestKind.Read)
        {
            Query = [new("properties", "hs_object_id"), new("propertiesWithHistory", string.Join(',', names))],
        };
        RequireFits(request, names.Count);
        var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var (recordId, versions) = HistoryReader.Read(response.Content);
        return new RecordHistory(recordId, objectType, versions, decoderOf);
    }

    private CursorPageable<RecordHistory> ListHistoryCore(
        CrmObjectType objectType, IEnumerable<string> properties, bool archived, Func<string, PropertyDecoder?>? decoderOf, CancellationToken cancellationToken)
    {
        var names = HistoryNames(properties);
        RequireFits(ListHistoryRequest(objectType, names, archived, HubSpotLimits.MaxRecordsWithHistory, after: null), names.Count);
        return new CursorPageable<RecordHistory>(
            CursorListing.History,
            string.Create(CultureInfo.InvariantCulture, $"{objectType.TypeId}\n{archived}\n{string.Join(',', names)}"),
            async (after, pageSize, token) =>
            {
                var response = await SendCoreAsync(ListHistoryRequest(objectType, names, archived, pageSize, after), token).ConfigureAwait(false);
                var page = CollectionPageReader.Read(response.Content, (ref Utf8JsonReader reader) => ReadHistory(ref reader, objectType, decoderOf));
                return new CursorPage<RecordHistory>(page.Results, page.After);
            },
            cancellationToken);
    }

    private static HubSpotRequest ListHistoryRequest(CrmObjectType objectType, List<string> names, bool archived, int pageSize, string? after)
    {
        var query = QueryParameters.ForList(["hs_object_id"], archived, pageSize, after);
        query.Add(new("propertiesWithHistory", string.Join(',', names)));
        return new HubSpotRequest(HttpMethod.Get, CrmPaths.Objects(objectType), RequestKind.Read) { Query = query };
    }

    private Task<BatchResult<string, RecordHistory>> BatchReadHistoryCoreAsync(
        CrmObjectType objectType, IEnumerable<string> ids, IEnumerable<string> properties, Func<string, PropertyDecoder?>? decoderOf,
        BatchOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var names = HistoryNames(properties);
        var items = ids.Select((id, index) => new BatchInputItem<string>(index, id, TraceId: null, RecordId: id)).ToList();
        return BatchRunner.RunAsync<string, RecordHistory>(
            items,
            HubSpotLimits.MaxRecordsWithHistory,
            static item => string.IsNullOrWhiteSpace(item.Input) ? BatchErrors.Rejected("The id is empty.") : null,
            async (chunk, outcomes, token) =>
            {
                var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.Batch(objectType, "read"), RequestKind.Read, writer =>
                {
                    writer.WriteStartObject();
                    BatchIdsJson.WriteInputs(writer, chunk.Select(static item => item.Input));
                    WriteNames(writer, "properties", ["hs_object_id"]);
                    WriteNames(writer, "propertiesWithHistory", names);
                    writer.WriteEndObject();
                });
                var response = await SendCoreAsync(request, token).ConfigureAwait(false);
                var answer = BatchResponseReader.ReadEnvelope(response.Content, (ref Utf8JsonReader reader) =>
                {
                    var history = ReadHistory(ref reader, objectType, decoderOf);
                    return new BatchResultEntry<RecordHistory>(history, history.Id, TraceId: null, UniqueValue: null, IsNew: null);
                });
                BatchOutcomeMatcher.Match(chunk, answer, BatchMatching<string, RecordHistory>.Shared, outcomes);
            },
            () => ConcurrencyFor(RequestKind.Read),
            options,
            cancellationToken);
    }

    private static RecordHistory ReadHistory(ref Utf8JsonReader reader, CrmObjectType objectType, Func<string, PropertyDecoder?>? decoderOf)
    {
        var (id, versions) = HistoryReader.ReadRecord(ref reader);
        return new RecordHistory(id, objectType, versions, decoderOf);
    }

    private static void WriteNames(Utf8JsonWriter writer, string member, IEnumerable<string> names)
    {
        writer.WriteStartArray(member);
        foreach (var name in names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    private void RequireFits(HubSpotRequest request, int propertyCount)
    {
        if (!RequestUriBuilder.Fits(BaseAddress, request))
        {
            throw new ArgumentException(
                $"The history of {propertyCount} properties does not fit in one request URL; ask for fewer properties per call.", "properties");
        }
    }
}
