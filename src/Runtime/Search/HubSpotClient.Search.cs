using Spoke.Json;
using Spoke.Search;

namespace Spoke;

/// <summary>Search: one pageable per query, continuing past HubSpot's 10,000-result cap by record id.</summary>
public partial class HubSpotClient
{
    /// <summary>
    /// Searches records with a typed query, fetching pages of up to <see cref="HubSpotLimits.MaxSearchPageSize"/> as the results
    /// are enumerated and continuing past HubSpot's cap of <see cref="HubSpotLimits.MaxSearchResults"/> results per query by
    /// record id. Stop early with <c>.Take(n)</c>; page with <see cref="CrmPageable{T}.AsPages(string?, int?)"/>.
    /// </summary>
    /// <typeparam name="T">The generated record type, inferred from the query.</typeparam>
    /// <param name="query">
    /// The query, for example <c>Contact.Where(c =&gt; c.Email.ContainsToken("*@acme.com"))</c>, or a request built by hand
    /// through <see cref="SearchQuery.For{T}(SearchRequest)"/>. With no sort, results come in record id (<c>hs_object_id</c>)
    /// order, which is what lets Spoke continue past 10,000 results; with another sort, enumerating past 10,000 throws
    /// <see cref="InvalidOperationException"/>. With no properties, every property the record type has a member for is returned.
    /// </param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching records. Archived records never appear in search; read them with <see cref="GetAsync{T}"/>.</returns>
    /// <exception cref="ArgumentException">The query breaks a documented limit; nothing was sent.</exception>
    public virtual CrmPageable<T> SearchAsync<T>(ISearchQuery<T> query, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Request, nameof(query));
        return SearchCore(RecordCodec.For<T>(), query.Request, cancellationToken);
    }

    /// <summary>Searches records of an object type known only at run time; see <see cref="SearchAsync{T}(ISearchQuery{T}, CancellationToken)"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="request">Filters, sort, properties and query; with no properties, HubSpot returns its default ones.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching records.</returns>
    /// <exception cref="ArgumentException">The request breaks a documented limit; nothing was sent.</exception>
    public virtual CrmPageable<CrmObject> SearchAsync(CrmObjectType objectType, SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SearchCore(Untyped(objectType), request, cancellationToken);
    }

    private SearchPageable<T> SearchCore<T>(RecordCodec<T> codec, SearchRequest request, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        request.Validate();
        if (request.Properties.Count == 0 && codec.DefaultProperties.Count > 0)
        {
            request = request with { Properties = codec.DefaultProperties };
        }

        return new SearchPageable<T>(new SearchPager<T>(SendCoreAsync, codec, request), () => ConcurrencyFor(Http.RequestKind.Search), cancellationToken);
    }
}
