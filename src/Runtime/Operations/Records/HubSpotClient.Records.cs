using System.Text.Json;
using Spoke.Associations;
using Spoke.Http;
using Spoke.Operations.Http;
using Spoke.Operations.Json;

namespace Spoke;

public sealed partial class HubSpotClient
{
    /// <summary>Reads one record by id.</summary>
    /// <typeparam name="T">The generated record type, for example <c>Contact</c>.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The properties to read; null reads every property the record type has a member for.</param>
    /// <param name="archived">True to read a record in the recycle bin (archived records never appear in search; read them here).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    /// <exception cref="HubSpotNotFoundException">No record has that id (or, with <paramref name="archived"/>, no archived one).</exception>
    public Task<T> GetAsync<T>(string id, IEnumerable<string>? properties = null, bool archived = false, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return GetCoreAsync(RecordCodec.For<T>(), id, idProperty: null, properties, archived, cancellationToken);
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
    /// <exception cref="HubSpotNotFoundException">No record has that value.</exception>
    public Task<T> GetByUniquePropertyAsync<T>(string propertyName, string value, IEnumerable<string>? properties = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return GetCoreAsync(RecordCodec.For<T>(), value, propertyName, properties, archived: false, cancellationToken);
    }

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
    /// <exception cref="HubSpotConflictException">A unique value (such as a contact's email) is already used; see its <c>ExistingObjectId</c>.</exception>
    public Task<T> CreateAsync<T>(ICrmInput<T> input, IEnumerable<AssociationTarget<T>>? associations = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateCoreAsync(RecordCodec.For<T>(), input, [.. associations ?? []], cancellationToken);
    }

    /// <summary>Updates the properties the caller set on <paramref name="input"/>; a property set to null is cleared.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="input">The properties to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated record.</returns>
    /// <exception cref="HubSpotNotFoundException">No record has that id.</exception>
    public Task<T> UpdateAsync<T>(string id, ICrmInput<T> input, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(input);
        return UpdateCoreAsync(RecordCodec.For<T>(), id, idProperty: null, input, cancellationToken);
    }

    /// <summary>Updates the record whose unique property has the given value (HubSpot's <c>idProperty</c>).</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="propertyName">A property with unique values, such as <c>email</c>.</param>
    /// <param name="value">The value that identifies the record.</param>
    /// <param name="input">The properties to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated record.</returns>
    public Task<T> UpdateByUniquePropertyAsync<T>(string propertyName, string value, ICrmInput<T> input, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentNullException.ThrowIfNull(input);
        return UpdateCoreAsync(RecordCodec.For<T>(), value, propertyName, input, cancellationToken);
    }

    /// <summary>Archives (moves to the recycle bin) one record. HubSpot calls this delete.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has archived the record.</returns>
    public Task ArchiveAsync<T>(string id, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return ArchiveCoreAsync(T.ObjectType, id, cancellationToken);
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

        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadRecord(codec, response.Body);
    }

    private async Task<T> CreateCoreAsync<T>(
        RecordCodec<T> codec, ICrmInput input, IReadOnlyList<AssociationTarget> associations, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.Objects(codec.ObjectType), RequestKind.NonIdempotentWrite, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("properties");
            input.WriteProperties(writer);
            AssociationJson.WriteTargets(writer, associations);
            writer.WriteEndObject();
        });
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadRecord(codec, response.Body);
    }

    private async Task<T> UpdateCoreAsync<T>(
        RecordCodec<T> codec, string id, string? idProperty, ICrmInput input, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var request = HubSpotRequest.WithJson(HttpMethod.Patch, CrmPaths.Object(codec.ObjectType, id), RequestKind.IdempotentWrite, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("properties");
            input.WriteProperties(writer);
            writer.WriteEndObject();
        }) with
        {
            Query = idProperty is null ? [] : [new("idProperty", idProperty)],
        };
        if (!RequestUriBuilder.Fits(BaseAddress, request))
        {
            return await UpdateOneInBodyAsync(codec, id, idProperty, input, cancellationToken).ConfigureAwait(false);
        }

        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadRecord(codec, response.Body);
    }

    private async Task ArchiveCoreAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken)
    {
        var request = new HubSpotRequest(HttpMethod.Delete, CrmPaths.Object(objectType, id), RequestKind.IdempotentWrite);
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static T ReadRecord<T>(RecordCodec<T> codec, ReadOnlyMemory<byte> body)
        where T : CrmRecord
    {
        var reader = JsonObjectWalker.Open(body);
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a record object");
        return codec.Read(ref reader);
    }
}
