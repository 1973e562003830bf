using Spoke.Associations;
using Spoke.Batch;
using Spoke.Operations.Json;
using Spoke.Search;

namespace Spoke;

/// <summary>
/// The operations over <see cref="CrmObject"/> for object types known only at run time (agent tools, generic code).
/// They share every code path with the typed operations; only the record reader differs. Pass
/// <c>CrmObjectType.Parse("contacts")</c> (or a type id) as the object type. Without properties, HubSpot returns its defaults.
/// </summary>
public sealed partial class HubSpotClient
{
    /// <summary>Reads one record by id; see <see cref="GetAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="properties">The properties to read; null for HubSpot's defaults.</param>
    /// <param name="archived">True to read a record in the recycle bin.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CrmObject> GetAsync(
        CrmObjectType objectType, string id, IEnumerable<string>? properties = null, bool archived = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return GetCoreAsync(Untyped(objectType), id, idProperty: null, properties, archived, cancellationToken);
    }

    /// <summary>Reads one record by the value of a unique property; see <see cref="GetByUniquePropertyAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="propertyName">A property with unique values, such as <c>email</c>.</param>
    /// <param name="value">The value to look up.</param>
    /// <param name="properties">The properties to read; null for HubSpot's defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CrmObject> GetByUniquePropertyAsync(
        CrmObjectType objectType, string propertyName, string value, IEnumerable<string>? properties = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return GetCoreAsync(Untyped(objectType), value, propertyName, properties, archived: false, cancellationToken);
    }

    /// <summary>Creates a record; see <see cref="CreateAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="input">The properties to set.</param>
    /// <param name="associations">Links to existing records, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created record.</returns>
    public Task<CrmObject> CreateAsync(
        CrmObjectType objectType, CrmObjectInput input, IEnumerable<AssociationTarget>? associations = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateCoreAsync(Untyped(objectType), input, [.. associations ?? []], cancellationToken);
    }

    /// <summary>Updates a record by id; see <see cref="UpdateAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="input">The properties to change; null values clear.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated record.</returns>
    public Task<CrmObject> UpdateAsync(CrmObjectType objectType, string id, CrmObjectInput input, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(input);
        return UpdateCoreAsync(Untyped(objectType), id, idProperty: null, input, cancellationToken);
    }

    /// <summary>Archives one record; see <see cref="ArchiveAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has archived the record.</returns>
    public Task ArchiveAsync(CrmObjectType objectType, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return ArchiveCoreAsync(objectType, id, cancellationToken);
    }

    /// <summary>Searches records; see <see cref="SearchAsync{T}(SearchRequest, int?, CancellationToken)"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="request">Filters, sort, properties and query.</param>
    /// <param name="maxResults">Stop after this many records; null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching records.</returns>
    public IAsyncEnumerable<CrmObject> SearchAsync(
        CrmObjectType objectType, SearchRequest request, int? maxResults = null, CancellationToken cancellationToken = default) =>
        Flatten(SearchPagesAsync(objectType, request, maxResults, cancellationToken), cancellationToken);

    /// <summary>Searches records page by page; see <see cref="SearchPagesAsync{T}(SearchRequest, int?, CancellationToken)"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="request">Filters, sort, properties and query; the limit sets the page size (default 200).</param>
    /// <param name="maxResults">Stop after this many records; null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pages of matching records, each with HubSpot's total.</returns>
    public IAsyncEnumerable<CrmPage<CrmObject>> SearchPagesAsync(
        CrmObjectType objectType, SearchRequest request, int? maxResults = null, CancellationToken cancellationToken = default) =>
        SearchPagesCoreAsync(Untyped(objectType), request, maxResults, cancellationToken);

    /// <summary>Sends one search request and returns its page; see <see cref="SearchPageAsync{T}(SearchRequest, CancellationToken)"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="request">The full request, including limit and <c>after</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with HubSpot's total and the cursor of the next page.</returns>
    public Task<CrmPage<CrmObject>> SearchPageAsync(CrmObjectType objectType, SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SearchPageCoreAsync(Untyped(objectType), request, cancellationToken);
    }

    /// <summary>Reads many records by id or unique value; see <see cref="BatchReadAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="ids">The ids, or unique values when <paramref name="idProperty"/> is given.</param>
    /// <param name="properties">The properties to read; null for HubSpot's defaults.</param>
    /// <param name="idProperty">The unique property the ids are values of, or null.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per id, in input order.</returns>
    public Task<BatchResult<string, CrmObject>> BatchReadAsync(
        CrmObjectType objectType, IEnumerable<string> ids, IEnumerable<string>? properties = null, string? idProperty = null,
        BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return BatchReadCoreAsync(Untyped(objectType), [.. ids], properties, idProperty, options, cancellationToken);
    }

    /// <summary>Creates many records; see <see cref="BatchCreateAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="inputs">The records to create.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per input, in input order.</returns>
    public Task<BatchResult<CrmObjectInput, CrmObject>> BatchCreateAsync(
        CrmObjectType objectType, IEnumerable<CrmObjectInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return BatchWriteCoreAsync(Untyped(objectType), BatchWrite.Create, [.. inputs], static input => input, static _ => null, options, cancellationToken);
    }

    /// <summary>Updates many records by id; see <see cref="BatchUpdateAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="updates">The records to change.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per update, in input order.</returns>
    public Task<BatchResult<RecordUpdate<CrmObjectInput>, CrmObject>> BatchUpdateAsync(
        CrmObjectType objectType, IEnumerable<RecordUpdate<CrmObjectInput>> updates, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        return BatchWriteCoreAsync(
            Untyped(objectType), BatchWrite.Update, [.. updates], static update => update.Input, static update => update.Id, options, cancellationToken);
    }

    /// <summary>Creates or updates many records by a unique property; see <see cref="BatchUpsertAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="idProperty">The unique property each input sets, such as <c>email</c>.</param>
    /// <param name="inputs">The records to write.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per input, in input order, with the created flag.</returns>
    public Task<BatchResult<CrmObjectInput, CrmObject>> BatchUpsertAsync(
        CrmObjectType objectType, string idProperty, IEnumerable<CrmObjectInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idProperty);
        ArgumentNullException.ThrowIfNull(inputs);
        return BatchWriteCoreAsync(
            Untyped(objectType), BatchWrite.Upsert(idProperty), [.. inputs], static input => input, static _ => null, options, cancellationToken);
    }

    /// <summary>Archives many records by id.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="ids">The record ids.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when HubSpot has archived every record.</returns>
    public Task BatchArchiveAsync(CrmObjectType objectType, IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(ids);
        return BatchArchiveCoreAsync(objectType, [.. ids], cancellationToken);
    }

    private static RecordCodec<CrmObject> Untyped(CrmObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return RecordCodec.Untyped(objectType);
    }
}
