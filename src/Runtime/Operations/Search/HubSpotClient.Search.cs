using System.Globalization;
using System.Runtime.CompilerServices;
using Spoke.Operations.Http;
using Spoke.Operations.Json;
using Spoke.Operations.Search;
using Spoke.Search;

namespace Spoke;

public sealed partial class HubSpotClient
{
    /// <summary>
    /// Searches records and yields every match, page after page (<see cref="HubSpotLimits.MaxSearchPageSize"/> per request),
    /// continuing past HubSpot's cap of <see cref="HubSpotLimits.MaxSearchResults"/> results per query by keyset.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="request">
    /// Filters, sort, properties and query. With no sort, results come in record id (<c>hs_object_id</c>) order, which is what lets
    /// Spoke continue past 10,000 results; with another sort, enumerating past 10,000 throws <see cref="InvalidOperationException"/>.
    /// With no properties, every property the record type has a member for is returned.
    /// </param>
    /// <param name="maxResults">Stop after this many records; null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching records. Archived records never appear in search; read them with <see cref="GetAsync{T}"/>.</returns>
    /// <exception cref="HubSpotLimitException">The request breaks a documented limit; nothing was sent.</exception>
    public IAsyncEnumerable<T> SearchAsync<T>(SearchRequest request, int? maxResults = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> =>
        Flatten(SearchPagesAsync<T>(request, maxResults, cancellationToken), cancellationToken);

    /// <summary>
    /// Runs a typed query built with the generated <c>{Record}.Where(...)</c>, yielding every match; see
    /// <see cref="SearchAsync{T}(SearchRequest, int?, CancellationToken)"/> for paging, ordering and the 10,000-result cap.
    /// </summary>
    /// <typeparam name="T">The generated record type, inferred from the query.</typeparam>
    /// <param name="query">The query, for example <c>Contact.Where(c =&gt; c.Email.ContainsToken("*@acme.com"))</c>.</param>
    /// <param name="maxResults">Stop after this many records; null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching records.</returns>
    public IAsyncEnumerable<T> SearchAsync<T>(ISearchQuery<T> query, int? maxResults = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(query);
        return SearchAsync<T>(query.Request, maxResults, cancellationToken);
    }

    /// <summary>Runs a typed query page by page; see <see cref="SearchPagesAsync{T}(SearchRequest, int?, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The generated record type, inferred from the query.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="maxResults">Stop after this many records; null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pages of matching records.</returns>
    public IAsyncEnumerable<CrmPage<T>> SearchPagesAsync<T>(ISearchQuery<T> query, int? maxResults = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(query);
        return SearchPagesAsync<T>(query.Request, maxResults, cancellationToken);
    }

    /// <summary>Sends one page of a typed query; see <see cref="SearchPageAsync{T}(SearchRequest, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The generated record type, inferred from the query.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="after">The cursor from the previous page, or null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with <see cref="CrmPage{T}.After"/> for the next one.</returns>
    public Task<CrmPage<T>> SearchPageAsync<T>(ISearchQuery<T> query, string? after = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(query);
        return SearchPageAsync<T>(query.Request with { After = after }, cancellationToken);
    }

    /// <summary>Searches records with the common parts of a search as arguments; see <see cref="SearchAsync{T}(SearchRequest, int?, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="filter">The filters that must all match (build them with the generated field helpers), or null for every record.</param>
    /// <param name="sort">The sort rule, or null for record id order (required to continue past 10,000 results).</param>
    /// <param name="properties">The properties to return, or null for every property the record type has a member for.</param>
    /// <param name="query">Full-text query over the object's searchable properties (at most <see cref="HubSpotLimits.MaxSearchQueryLength"/> characters).</param>
    /// <param name="limit">Stop after this many records; null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching records.</returns>
    public IAsyncEnumerable<T> SearchAsync<T>(
        SearchFilterGroup? filter = null, SearchSort? sort = null, IEnumerable<string>? properties = null, string? query = null, int? limit = null,
        CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> =>
        SearchAsync<T>(
            new SearchRequest { FilterGroups = filter is null ? [] : [filter], Sorts = sort is null ? [] : [sort], Properties = [.. properties ?? []], Query = query },
            limit,
            cancellationToken);

    /// <summary>
    /// Searches records page by page: the same continuation as <see cref="SearchAsync{T}(SearchRequest, int?, CancellationToken)"/>,
    /// with HubSpot's <c>total</c> on each page.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="request">Filters, sort, properties and query; <see cref="SearchRequest.Limit"/> sets the page size (default 200).</param>
    /// <param name="maxResults">Stop after this many records; null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pages of matching records.</returns>
    public IAsyncEnumerable<CrmPage<T>> SearchPagesAsync<T>(SearchRequest request, int? maxResults = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> =>
        SearchPagesCoreAsync(RecordCodec.For<T>(), request, maxResults, cancellationToken);

    /// <summary>
    /// Sends one search request and returns its page: the low-level call, for callers that keep the <c>after</c> cursor themselves.
    /// It does not continue past 10,000 results; HubSpot refuses an offset of 10,000 or more.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="request">The full request, including <see cref="SearchRequest.Limit"/> and <see cref="SearchRequest.After"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with <see cref="CrmPage{T}.After"/> for the next one.</returns>
    public Task<CrmPage<T>> SearchPageAsync<T>(SearchRequest request, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(request);
        var codec = RecordCodec.For<T>();
        return SearchPageCoreAsync(codec, WithDefaultProperties(codec, request), cancellationToken);
    }

    private async IAsyncEnumerable<CrmPage<T>> SearchPagesCoreAsync<T>(
        RecordCodec<T> codec, SearchRequest request, int? maxResults, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : CrmRecord
    {
        ArgumentNullException.ThrowIfNull(request);
        if (maxResults is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxResults), maxResults, "The maximum number of results cannot be negative.");
        }

        request = WithDefaultProperties(codec, request);
        request.Validate();
        var keyset = KeysetContinuation.Supports(request);
        var baseRequest = keyset ? KeysetContinuation.OrderedByKey(request) : request;
        var pageSize = request.Limit ?? HubSpotLimits.MaxSearchPageSize;
        var offset = request.After is null ? 0 : int.Parse(request.After, NumberStyles.None, CultureInfo.InvariantCulture);
        var current = baseRequest;
        var remaining = maxResults ?? int.MaxValue;
        string? lastId = null;
        while (remaining > 0)
        {
            if (offset >= HubSpotLimits.MaxSearchResults)
            {
                current = keyset ? KeysetContinuation.After(baseRequest, lastId!) : throw KeysetContinuation.UnsupportedOrder(request);
                offset = 0;
            }

            var size = Math.Min(Math.Min(pageSize, remaining), HubSpotLimits.MaxSearchResults - offset);
            var page = await SearchPageCoreAsync(
                codec, current with { Limit = size, After = offset == 0 ? null : offset.ToString(CultureInfo.InvariantCulture) }, cancellationToken).ConfigureAwait(false);
            if (page.Results.Count == 0)
            {
                yield break;
            }

            var results = page.Results.Count > remaining ? page.Results.Take(remaining).ToList() : page.Results;
            remaining -= results.Count;
            offset += page.Results.Count;
            lastId = page.Results[^1].Id;

            // At the cap HubSpot may leave out the cursor although more records match; its total says whether they do.
            var more = remaining > 0 && (page.After is not null || (offset >= HubSpotLimits.MaxSearchResults && page.Total > offset));
            yield return page with { Results = results, After = more ? page.After : null };
            if (!more)
            {
                yield break;
            }
        }
    }

    private async Task<CrmPage<T>> SearchPageCoreAsync<T>(RecordCodec<T> codec, SearchRequest request, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        request.Validate();
        var httpRequest = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.Search(codec.ObjectType), RequestKind.Search, request.WriteTo);
        var response = await SendAsync(httpRequest, cancellationToken).ConfigureAwait(false);
        return CollectionPageReader.Read(response.Body, codec.Read);
    }

    private static SearchRequest WithDefaultProperties<T>(RecordCodec<T> codec, SearchRequest request)
        where T : CrmRecord =>
        request.Properties.Count == 0 && codec.DefaultProperties.Count > 0 ? request with { Properties = codec.DefaultProperties } : request;

    private static async IAsyncEnumerable<T> Flatten<T>(IAsyncEnumerable<CrmPage<T>> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var record in page.Results)
            {
                yield return record;
            }
        }
    }
}
