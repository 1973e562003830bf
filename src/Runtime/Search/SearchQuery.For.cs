namespace Spoke.Search;

/// <summary>Makes typed searches from requests built by hand, for <see cref="HubSpotClient.SearchAsync{T}(ISearchQuery{T}, CancellationToken)"/>.</summary>
public static class SearchQuery
{
    /// <summary>
    /// A search for <typeparamref name="T"/> records that sends <paramref name="request"/> as it is: for filters read from
    /// elsewhere (<see cref="SearchFilterGroupsJson"/>) or built with <see cref="SearchFilter.Create(string, SearchOperator, string?, string?, IEnumerable{string}?)"/>.
    /// With no properties, the search asks for every property <typeparamref name="T"/> has a member for.
    /// </summary>
    /// <typeparam name="T">The generated record type the results are read into.</typeparam>
    /// <param name="request">Filters, sorts, properties and full-text query.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentException">The request breaks a documented limit; the message names it.</exception>
    public static ISearchQuery<T> For<T>(SearchRequest request)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return new RequestQuery<T>(request);
    }

    private sealed class RequestQuery<T>(SearchRequest request) : ISearchQuery<T>
        where T : CrmRecord, ICrmObject<T>
    {
        public SearchRequest Request { get; } = request;

        public override string ToString() => Request.ToJson();
    }
}
