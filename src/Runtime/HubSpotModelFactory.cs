using System.Buffers;
using System.Text.Json;
using Spoke.Associations;
using Spoke.Batch;
using Spoke.History;
using Spoke.Wire;

namespace Spoke;

/// <summary>
/// Builds the results of <see cref="HubSpotClient"/> for unit tests of code that uses it: records read through the same
/// reader as HubSpot's answers, pages, batch and upsert results, association results, responses and exceptions. Pair it with a
/// test double derived from <see cref="HubSpotClient"/> or <see cref="AssociationsClient"/>.
/// </summary>
public static class HubSpotModelFactory
{
    /// <summary>
    /// A generated record with the given wire values, read by the record's own reader exactly as if HubSpot had returned it:
    /// typed members decode the values, and properties the type has no member for land in <see cref="CrmRecord.AdditionalProperties"/>.
    /// </summary>
    /// <typeparam name="T">The generated record type, for example <c>Contact</c>.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="properties">Property values by wire name, as HubSpot sends them (<c>"42"</c>, <c>"true"</c>, <c>"2025-01-31"</c>); null for none.</param>
    /// <param name="createdAt">When the record was created.</param>
    /// <param name="updatedAt">When the record was last updated.</param>
    /// <param name="archived">Whether the record is in the recycle bin.</param>
    /// <param name="archivedAt">When it was archived, if it was.</param>
    /// <param name="associations">Inline associations by associated object type (for example <c>companies</c>); null for none.</param>
    /// <returns>The record.</returns>
    public static T Record<T>(
        string id,
        IReadOnlyDictionary<string, string?>? properties = null,
        DateTimeOffset createdAt = default,
        DateTimeOffset updatedAt = default,
        bool archived = false,
        DateTimeOffset? archivedAt = null,
        IReadOnlyDictionary<string, IReadOnlyList<CrmAssociatedId>>? associations = null)
        where T : CrmRecord, ICrmObject<T>
    {
        var json = RecordJson(id, properties, createdAt, updatedAt, archived, archivedAt, associations);
        var reader = new Utf8JsonReader(json.Span);
        return T.ReadFrom(ref reader);
    }

    /// <summary>An untyped record with the given wire values, read as HubSpot's answers are; see <see cref="Record{T}"/>.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="properties">Property values by wire name; null for none.</param>
    /// <param name="createdAt">When the record was created.</param>
    /// <param name="updatedAt">When the record was last updated.</param>
    /// <param name="archived">Whether the record is in the recycle bin.</param>
    /// <param name="archivedAt">When it was archived, if it was.</param>
    /// <param name="associations">Inline associations by associated object type; null for none.</param>
    /// <returns>The record.</returns>
    public static CrmObject CrmObject(
        string id,
        IReadOnlyDictionary<string, string?>? properties = null,
        DateTimeOffset createdAt = default,
        DateTimeOffset updatedAt = default,
        bool archived = false,
        DateTimeOffset? archivedAt = null,
        IReadOnlyDictionary<string, IReadOnlyList<CrmAssociatedId>>? associations = null)
    {
        var json = RecordJson(id, properties, createdAt, updatedAt, archived, archivedAt, associations);
        var reader = new Utf8JsonReader(json.Span);
        return Spoke.CrmObject.ReadFrom(ref reader);
    }

    /// <summary>A page of a <see cref="CrmPageable{T}"/>; pass pages to <see cref="CrmPageable{T}.FromPages(IEnumerable{CrmPage{T}})"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The values on the page.</param>
    /// <param name="continuationToken">The token that continues after the page; null on the last page.</param>
    /// <param name="total">The number of matches of a search; null for listings.</param>
    /// <returns>The page.</returns>
    public static CrmPage<T> CrmPage<T>(IEnumerable<T> values, string? continuationToken = null, long? total = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new CrmPage<T>([.. values], continuationToken, total);
    }

    /// <summary>The result of a batch operation, one item per input in input order.</summary>
    /// <typeparam name="TInput">What the caller passed for each item.</typeparam>
    /// <typeparam name="TRecord">The record type HubSpot returns.</typeparam>
    /// <param name="items">The items; build each with <see cref="BatchItemResult{TInput, TRecord}"/>.</param>
    /// <returns>The result.</returns>
    public static BatchResult<TInput, TRecord> BatchResult<TInput, TRecord>(IEnumerable<BatchItemResult<TInput, TRecord>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new BatchResult<TInput, TRecord>([.. items]);
    }

    /// <summary>The outcome of one input of a batch operation.</summary>
    /// <typeparam name="TInput">What the caller passed for the item.</typeparam>
    /// <typeparam name="TRecord">The record type HubSpot returns.</typeparam>
    /// <param name="index">The position of the input in the caller's sequence.</param>
    /// <param name="input">The caller's input.</param>
    /// <param name="record">The record HubSpot returned; null for a failure.</param>
    /// <param name="error">Why the input failed; null for a success.</param>
    /// <param name="upsertOutcome">For a successful upsert, what it did to the record.</param>
    /// <returns>The item.</returns>
    public static BatchItemResult<TInput, TRecord> BatchItemResult<TInput, TRecord>(
        int index, TInput input, TRecord? record = default, BatchItemError? error = null, UpsertOutcome? upsertOutcome = null) =>
        new(index, input, record, error, upsertOutcome);

    /// <summary>The error of one input of a batch operation, as HubSpot reports it.</summary>
    /// <param name="message">HubSpot's message.</param>
    /// <param name="category">HubSpot's category, for example <c>VALIDATION_ERROR</c>.</param>
    /// <param name="subCategory">HubSpot's sub-category, if any.</param>
    /// <param name="context">HubSpot's context map, if any.</param>
    /// <param name="exception">The exception of the whole request when the input's chunk failed as a whole.</param>
    /// <returns>The error.</returns>
    public static BatchItemError BatchItemError(
        string message, string? category = null, string? subCategory = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? context = null, Exception? exception = null) =>
        new(category, subCategory, message, context ?? Spoke.HubSpotException.EmptyContext, exception);

    /// <summary>The result of an upsert.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="record">The record as HubSpot holds it after the upsert.</param>
    /// <param name="outcome">Whether the upsert created or updated it.</param>
    /// <returns>The result.</returns>
    public static UpsertResult<T> UpsertResult<T>(T record, UpsertOutcome outcome) => new(record, outcome);

    /// <summary>A record associated with another, as association listings return it.</summary>
    /// <param name="toObjectId">The id of the associated record.</param>
    /// <param name="types">The association types linking the pair.</param>
    /// <returns>The associated record.</returns>
    public static AssociatedRecord AssociatedRecord(string toObjectId, IEnumerable<AssociationTypeLabel> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return new AssociatedRecord(toObjectId, [.. types]);
    }

    /// <summary>An association type with its label, as label listings return it.</summary>
    /// <param name="typeId">The association type id.</param>
    /// <param name="label">The label; null for HubSpot's unlabeled type.</param>
    /// <param name="category">Who defined the type.</param>
    /// <returns>The association type.</returns>
    public static AssociationTypeLabel AssociationTypeLabel(int typeId, string? label, AssociationCategory category = AssociationCategory.UserDefined) =>
        new(new AssociationSpec(category, typeId), label);

    /// <summary>
    /// The property history of a record, as <see cref="HubSpotClient.GetHistoryAsync{T}"/> returns it: <see cref="History.RecordHistory.Get{TValue}"/>
    /// decodes each version's wire value as <typeparamref name="T"/>'s member for the property does.
    /// </summary>
    /// <typeparam name="T">The generated record type, for example <c>Deal</c>.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="versions">Each property's versions by wire name, newest first; build each with <see cref="PropertyVersion{T}"/>'s constructor (its typed value is ignored).</param>
    /// <returns>The history.</returns>
    public static RecordHistory RecordHistory<T>(string id, IReadOnlyDictionary<string, IReadOnlyList<PropertyVersion<string>>> versions)
        where T : CrmRecord, ICrmObject<T> =>
        NewRecordHistory(id, T.ObjectType, versions, Spoke.HubSpotClient.TypedDecoders<T>());

    /// <summary>The property history of a record read untyped, as <see cref="HubSpotClient.GetHistoryAsync(CrmObjectType, string, IEnumerable{string}, CancellationToken)"/> returns it.</summary>
    /// <param name="objectType">The record's object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="versions">Each property's versions by wire name, newest first.</param>
    /// <returns>The history.</returns>
    public static RecordHistory RecordHistory(CrmObjectType objectType, string id, IReadOnlyDictionary<string, IReadOnlyList<PropertyVersion<string>>> versions)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return NewRecordHistory(id, objectType, versions, decoderOf: null);
    }

    /// <summary>A response to <see cref="HubSpotClient.SendAsync(HubSpotRequest, CancellationToken)"/>.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="content">The content, usually UTF-8 JSON.</param>
    /// <param name="headers">Headers by name; null for none.</param>
    /// <returns>The response.</returns>
    public static HubSpotResponse HubSpotResponse(int status = 200, ReadOnlyMemory<byte> content = default, IReadOnlyDictionary<string, string>? headers = null) => new()
    {
        Status = status,
        Content = content,
        Headers = (headers ?? new Dictionary<string, string>()).ToDictionary(
            static header => header.Key, static header => (IReadOnlyList<string>)[header.Value], StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>The exception of a call HubSpot refused, or that got no answer.</summary>
    /// <param name="status">The HTTP status; 0 for no answer.</param>
    /// <param name="message">The message; by default one naming the status and category.</param>
    /// <param name="category">HubSpot's category, for example <c>VALIDATION_ERROR</c>.</param>
    /// <param name="subCategory">HubSpot's sub-category.</param>
    /// <param name="correlationId">HubSpot's correlation id.</param>
    /// <param name="serviceMessage">HubSpot's own message.</param>
    /// <param name="errors">Per-field errors.</param>
    /// <param name="context">The top-level context.</param>
    /// <param name="requiredScopes">The scopes the token lacks.</param>
    /// <param name="retryAfter">How long HubSpot asked to wait.</param>
    /// <param name="policyName">The rate-limit policy that was hit.</param>
    /// <param name="existingObjectId">The id of the record that already exists, on a conflict.</param>
    /// <param name="mayHaveTakenEffect">Whether a write may have been applied.</param>
    /// <param name="responseContent">The response content as text.</param>
    /// <param name="innerException">The failure behind it.</param>
    /// <returns>The exception.</returns>
    public static HubSpotException HubSpotException(
        int status,
        string? message = null,
        string? category = null,
        string? subCategory = null,
        string? correlationId = null,
        string? serviceMessage = null,
        IEnumerable<HubSpotErrorDetail>? errors = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? context = null,
        IEnumerable<string>? requiredScopes = null,
        TimeSpan? retryAfter = null,
        string? policyName = null,
        string? existingObjectId = null,
        bool mayHaveTakenEffect = false,
        string? responseContent = null,
        Exception? innerException = null) =>
        new(status, message ?? $"HubSpot answered {status} ({category ?? "no category"}): {serviceMessage ?? "no message given."}", innerException)
        {
            Category = category,
            SubCategory = subCategory,
            CorrelationId = correlationId,
            ServiceMessage = serviceMessage,
            Errors = [.. errors ?? []],
            Context = context ?? Spoke.HubSpotException.EmptyContext,
            RequiredScopes = [.. requiredScopes ?? []],
            RetryAfter = retryAfter,
            PolicyName = policyName,
            ExistingObjectId = existingObjectId,
            MayHaveTakenEffect = mayHaveTakenEffect,
            ResponseContent = responseContent,
        };

    private static RecordHistory NewRecordHistory(
        string id, CrmObjectType objectType, IReadOnlyDictionary<string, IReadOnlyList<PropertyVersion<string>>> versions, Func<string, PropertyDecoder?>? decoderOf)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(versions);
        return new RecordHistory(id, objectType, versions.ToDictionary(static pair => pair.Key, static pair => pair.Value, StringComparer.Ordinal), decoderOf);
    }

    private static ReadOnlyMemory<byte> RecordJson(
        string id,
        IReadOnlyDictionary<string, string?>? properties,
        DateTimeOffset createdAt,
        DateTimeOffset updatedAt,
        bool archived,
        DateTimeOffset? archivedAt,
        IReadOnlyDictionary<string, IReadOnlyList<CrmAssociatedId>>? associations)
    {
        ArgumentNullException.ThrowIfNull(id);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteStartObject("properties");
            foreach (var (name, value) in properties ?? new Dictionary<string, string?>())
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
            writer.WriteString("createdAt", WireFormat.EncodeDateTime(createdAt));
            writer.WriteString("updatedAt", WireFormat.EncodeDateTime(updatedAt));
            writer.WriteBoolean("archived", archived);
            if (archivedAt is { } at)
            {
                writer.WriteString("archivedAt", WireFormat.EncodeDateTime(at));
            }

            if (associations is not null)
            {
                WriteAssociations(writer, associations);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static void WriteAssociations(Utf8JsonWriter writer, IReadOnlyDictionary<string, IReadOnlyList<CrmAssociatedId>> associations)
    {
        writer.WriteStartObject("associations");
        foreach (var (objectType, ids) in associations)
        {
            writer.WriteStartObject(objectType);
            writer.WriteStartArray("results");
            foreach (var associated in ids)
            {
                writer.WriteStartObject();
                writer.WriteString("id", associated.Id);
                writer.WriteString("type", associated.Type);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
