using System.Globalization;
using System.Text.Json;
using Spoke.Associations;
using Spoke.Batch;
using Spoke.Http;
using Spoke.Json;
using Spoke.Paging;
using Spoke.Search;

namespace Spoke;

/// <summary>
/// Reads and writes of single records, and listings. Each operation has a typed form over a generated record and an untyped
/// form over <see cref="CrmObject"/> for object types known only at run time, which takes the <see cref="CrmObjectType"/> first
/// and then the same parameters in the same order; both share one code path.
/// </summary>
public partial class HubSpotClient
{
    /// <summary>Reads one record by id.</summary>
    /// <typeparam name="T">The generated record type, for example <c>Contact</c>.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The properties to read; null reads every property the record type has a member for.</param>
    /// <param name="archived">True to read a record in the recycle bin (archived records never appear in search; read them here).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    /// <exception cref="HubSpotException">404 when no record has that id (or, with <paramref name="archived"/>, no archived one).</exception>
    public virtual Task<T> GetAsync<T>(string id, IEnumerable<string>? properties = null, bool archived = false, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return GetCoreAsync(RecordCodec.For<T>(), id, idProperty: null, properties, archived, cancellationToken);
    }

    /// <summary>Reads one record by id; see <see cref="GetAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The properties to read; null for HubSpot's defaults.</param>
    /// <param name="archived">True to read a record in the recycle bin.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    /// <exception cref="HubSpotException">404 when no record has that id.</exception>
    public virtual Task<CrmObject> GetAsync(
        CrmObjectType objectType, string id, IEnumerable<string>? properties = null, bool archived = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return GetCoreAsync(Untyped(objectType), id, idProperty: null, properties, archived, cancellationToken);
    }

    /// <summary>
    /// Reads one record by the value of a unique property (HubSpot's <c>idProperty</c>), for example a contact by <c>email</c>.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="propertyName">A property with unique values (<c>hasUniqueValue</c>), such as <c>email</c>.</param>
    /// <param name="value">The value to look up; sent unescaped where HubSpot needs it (an <c>@</c> stays an <c>@</c>).</param>
    /// <param name="properties">The properties to read; null reads every property the record type has a member for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    /// <exception cref="HubSpotException">404 when no record has that value.</exception>
    public virtual Task<T> GetByUniquePropertyAsync<T>(string propertyName, string value, IEnumerable<string>? properties = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return GetCoreAsync(RecordCodec.For<T>(), value, propertyName, properties, archived: false, cancellationToken);
    }

    /// <summary>Reads one record by the value of a unique property; see <see cref="GetByUniquePropertyAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="propertyName">A property with unique values, such as <c>email</c>.</param>
    /// <param name="value">The value to look up.</param>
    /// <param name="properties">The properties to read; null for HubSpot's defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    /// <exception cref="HubSpotException">404 when no record has that value.</exception>
    public virtual Task<CrmObject> GetByUniquePropertyAsync(
        CrmObjectType objectType, string propertyName, string value, IEnumerable<string>? properties = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return GetCoreAsync(Untyped(objectType), value, propertyName, properties, archived: false, cancellationToken);
    }

    /// <summary>
    /// Lists every record of the type, in HubSpot's order (<c>GET crm/v3/objects/{objectType}</c>), 100 per page by default.
    /// Unlike search, a listing has no cap on the number of results and includes records created a moment ago.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="properties">The properties to read; null reads every property the record type has a member for.</param>
    /// <param name="archived">True to list the records in the recycle bin instead.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The records, page by page as they are enumerated.</returns>
    /// <remarks>
    /// A page whose URL would be too long (every property of a wide record type) is listed by id and read with one batch read,
    /// so a record archived between the two requests is left out of its page.
    /// </remarks>
    public virtual CrmPageable<T> ListAsync<T>(IEnumerable<string>? properties = null, bool archived = false, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> =>
        ListCore(RecordCodec.For<T>(), properties, archived, cancellationToken);

    /// <summary>Lists every record of an object type; see <see cref="ListAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="properties">The properties to read; null for HubSpot's defaults.</param>
    /// <param name="archived">True to list the records in the recycle bin instead.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The records, page by page as they are enumerated.</returns>
    public virtual CrmPageable<CrmObject> ListAsync(
        CrmObjectType objectType, IEnumerable<string>? properties = null, bool archived = false, CancellationToken cancellationToken = default) =>
        ListCore(Untyped(objectType), properties, archived, cancellationToken);

    /// <summary>Creates a record, optionally associated with existing records.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="input">The properties to set; only those the caller set are sent.</param>
    /// <param name="associations">Links to existing records, made with <see cref="AssociationType{TFrom, TTo}.To(string)"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created record, with every property HubSpot now holds for it.</returns>
    /// <remarks>
    /// A plain create is never retried once it may have reached HubSpot, because a retry could create a duplicate.
    /// For writes that are safe to retry, upsert by a unique property (<see cref="UpsertAsync{T}"/>).
    /// </remarks>
    /// <exception cref="HubSpotException">409 when a unique value (such as a contact's email) is already used; see its <see cref="HubSpotException.ExistingObjectId"/>.</exception>
    public virtual Task<T> CreateAsync<T>(ICrmInput<T> input, IEnumerable<AssociationTarget<T>>? associations = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateCoreAsync(RecordCodec.For<T>(), input, [.. associations ?? []], cancellationToken);
    }

    /// <summary>Creates a record; see <see cref="CreateAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="input">The properties to set.</param>
    /// <param name="associations">Links to existing records, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created record.</returns>
    /// <exception cref="HubSpotException">409 when a unique value is already used.</exception>
    public virtual Task<CrmObject> CreateAsync(
        CrmObjectType objectType, CrmObjectInput input, IEnumerable<AssociationTarget>? associations = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateCoreAsync(Untyped(objectType), input, [.. associations ?? []], cancellationToken);
    }

    /// <summary>Updates the properties the caller set on <paramref name="input"/>; a property set to null is cleared.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="input">The properties to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated record.</returns>
    /// <exception cref="HubSpotException">404 when no record has that id.</exception>
    public virtual Task<T> UpdateAsync<T>(string id, ICrmInput<T> input, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(input);
        return UpdateCoreAsync(RecordCodec.For<T>(), id, idProperty: null, input, cancellationToken);
    }

    /// <summary>Updates a record by id; see <see cref="UpdateAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="input">The properties to change; null values clear.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated record.</returns>
    /// <exception cref="HubSpotException">404 when no record has that id.</exception>
    public virtual Task<CrmObject> UpdateAsync(CrmObjectType objectType, string id, CrmObjectInput input, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(input);
        return UpdateCoreAsync(Untyped(objectType), id, idProperty: null, input, cancellationToken);
    }

    /// <summary>Updates the record whose unique property has the given value (HubSpot's <c>idProperty</c>).</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="propertyName">A property with unique values, such as <c>email</c>.</param>
    /// <param name="value">The value that identifies the record.</param>
    /// <param name="input">The properties to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated record.</returns>
    /// <exception cref="HubSpotException">404 when no record has that value.</exception>
    public virtual Task<T> UpdateByUniquePropertyAsync<T>(string propertyName, string value, ICrmInput<T> input, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentNullException.ThrowIfNull(input);
        return UpdateCoreAsync(RecordCodec.For<T>(), value, propertyName, input, cancellationToken);
    }

    /// <summary>Updates the record whose unique property has the given value; see <see cref="UpdateByUniquePropertyAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="propertyName">A property with unique values, such as <c>email</c>.</param>
    /// <param name="value">The value that identifies the record.</param>
    /// <param name="input">The properties to change; null values clear.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated record.</returns>
    /// <exception cref="HubSpotException">404 when no record has that value.</exception>
    public virtual Task<CrmObject> UpdateByUniquePropertyAsync(
        CrmObjectType objectType, string propertyName, string value, CrmObjectInput input, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentNullException.ThrowIfNull(input);
        return UpdateCoreAsync(Untyped(objectType), value, propertyName, input, cancellationToken);
    }

    /// <summary>Creates or updates one record by a unique property; safe to retry, unlike a plain create.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="idProperty">The unique property, such as <c>email</c>; <paramref name="input"/> must set it.</param>
    /// <param name="input">The record to write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, and whether this call created it, updated it, or (after a lost answer and a retry) may have done either.</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> does not set <paramref name="idProperty"/>; nothing was sent.</exception>
    /// <exception cref="HubSpotException">HubSpot refused the input (400 for a validation error, 409 for a conflict).</exception>
    public virtual Task<UpsertResult<T>> UpsertAsync<T>(string idProperty, ICrmInput<T> input, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idProperty);
        ArgumentNullException.ThrowIfNull(input);
        return UpsertCoreAsync(RecordCodec.For<T>(), idProperty, input, cancellationToken);
    }

    /// <summary>Creates or updates one record by a unique property; see <see cref="UpsertAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="idProperty">The unique property, such as <c>email</c>; <paramref name="input"/> must set it.</param>
    /// <param name="input">The record to write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, and whether this call created it or updated it.</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> does not set <paramref name="idProperty"/>; nothing was sent.</exception>
    /// <exception cref="HubSpotException">HubSpot refused the input.</exception>
    public virtual Task<UpsertResult<CrmObject>> UpsertAsync(
        CrmObjectType objectType, string idProperty, CrmObjectInput input, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idProperty);
        ArgumentNullException.ThrowIfNull(input);
        return UpsertCoreAsync(Untyped(objectType), idProperty, input, cancellationToken);
    }

    /// <summary>Archives (moves to the recycle bin) one record. HubSpot's API calls this delete.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has archived the record.</returns>
    public virtual Task ArchiveAsync<T>(string id, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return ArchiveCoreAsync(T.ObjectType, id, cancellationToken);
    }

    /// <summary>Archives one record; see <see cref="ArchiveAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has archived the record.</returns>
    public virtual Task ArchiveAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return ArchiveCoreAsync(objectType, id, cancellationToken);
    }

    private static RecordCodec<CrmObject> Untyped(CrmObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return RecordCodec.Untyped(objectType);
    }

    private async Task<T> GetCoreAsync<T>(
        RecordCodec<T> codec, string id, string? idProperty, IEnumerable<string>? properties, bool archived, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var requested = codec.PropertiesOrDefault(properties);
        var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.Object(codec.ObjectType, id), RequestKind.Read)
        {
            Query = QueryParameters.ForRead(requested, idProperty, archived),
        };
        if (!RequestUriBuilder.Fits(BaseAddress, request))
        {
            return await ReadOneInBodyAsync(codec, id, idProperty, requested, archived, cancellationToken).ConfigureAwait(false);
        }

        var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadRecord(codec, response.Content);
    }

    private CursorPageable<T> ListCore<T>(RecordCodec<T> codec, IEnumerable<string>? properties, bool archived, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var requested = codec.PropertiesOrDefault(properties);
        return new CursorPageable<T>(
            CursorListing.Records,
            string.Create(CultureInfo.InvariantCulture, $"{codec.ObjectType.TypeId}\n{archived}"),
            (after, pageSize, token) => ListPageAsync(codec, requested, archived, after, pageSize, token),
            cancellationToken);
    }

    private async Task<CursorPage<T>> ListPageAsync<T>(
        RecordCodec<T> codec, IReadOnlyList<string> properties, bool archived, string? after, int pageSize, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var request = new HubSpotRequest(HttpMethod.Get, CrmPaths.Objects(codec.ObjectType), RequestKind.Read)
        {
            Query = QueryParameters.ForList(properties, archived, pageSize, after),
        };
        if (RequestUriBuilder.Fits(BaseAddress, request))
        {
            var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
            var page = CollectionPageReader.Read(response.Content, codec.Read);
            return new CursorPage<T>(page.Results, page.After);
        }

        // The properties do not fit in the URL: list the page's ids, then read their properties from a request body.
        var ids = await ListPageAsync(RecordCodec.Untyped(codec.ObjectType), [KeysetContinuation.KeyProperty], archived, after, pageSize, cancellationToken).ConfigureAwait(false);
        if (ids.Values.Count == 0)
        {
            return new CursorPage<T>([], ids.After);
        }

        var read = BatchReadRequest.Create(codec.ObjectType, ids.Values.Select(static record => record.Id), properties, idProperty: null, archived);
        var batch = BatchResponseReader.Read((await SendCoreAsync(read, cancellationToken).ConfigureAwait(false)).Content, codec.Read, uniqueProperty: null);
        var byId = batch.Results.Where(static result => result.Id is not null).ToDictionary(static result => result.Id!, static result => result.Record, StringComparer.Ordinal);
        return new CursorPage<T>([.. ids.Values.Select(record => byId.GetValueOrDefault(record.Id)).OfType<T>()], ids.After);
    }

    private async Task<T> CreateCoreAsync<T>(
        RecordCodec<T> codec, ICrmInput input, IReadOnlyList<AssociationTarget> associations, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.Objects(codec.ObjectType), RequestKind.NonIdempotentWrite, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("properties");
            PropertiesJson.Write(writer, input.Changes);
            AssociationJson.WriteTargets(writer, associations);
            writer.WriteEndObject();
        });
        var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadRecord(codec, response.Content);
    }

    private async Task<T> UpdateCoreAsync<T>(
        RecordCodec<T> codec, string id, string? idProperty, ICrmInput input, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var request = HubSpotRequest.WithJson(
            HttpMethod.Patch,
            CrmPaths.Object(codec.ObjectType, id),
            RequestKind.IdempotentWrite,
            writer =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName("properties");
                PropertiesJson.Write(writer, input.Changes);
                writer.WriteEndObject();
            },
            idProperty is null ? [] : [new("idProperty", idProperty)]);
        if (!RequestUriBuilder.Fits(BaseAddress, request))
        {
            return await UpdateOneInBodyAsync(codec, id, idProperty, input, cancellationToken).ConfigureAwait(false);
        }

        var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadRecord(codec, response.Content);
    }

    private async Task<UpsertResult<T>> UpsertCoreAsync<T>(RecordCodec<T> codec, string idProperty, ICrmInput input, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        if (!input.Changes.TryGetValue(idProperty, out var value) || value.Length == 0)
        {
            throw new ArgumentException(
                $"The input does not set '{idProperty}', the unique property that identifies the record to upsert; set it, or create the record instead.",
                nameof(input));
        }

        var results = await BatchWriteCoreAsync(codec, BatchWrite.Upsert(idProperty), [input], static input => input, static _ => null, options: null, cancellationToken)
            .ConfigureAwait(false);
        return UpsertResult<T>.From(results[0]);
    }

    private async Task ArchiveCoreAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken)
    {
        var request = new HubSpotRequest(HttpMethod.Delete, CrmPaths.Object(objectType, id), RequestKind.IdempotentWrite);
        await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static T ReadRecord<T>(RecordCodec<T> codec, ReadOnlyMemory<byte> body)
        where T : CrmRecord
    {
        var reader = JsonObjectWalker.Open(body);
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a record object");
        return codec.Read(ref reader);
    }
}
