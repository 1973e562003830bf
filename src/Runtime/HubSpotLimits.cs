namespace Spoke;

/// <summary>
/// Every documented HubSpot API limit that Spoke checks before sending a request. This is the one place these numbers live;
/// the client, the search model and the agent tool descriptions read them from here. An argument that breaks one is an
/// <see cref="ArgumentException"/> whose message names the limit, thrown before anything is sent.
/// </summary>
public static class HubSpotLimits
{
    /// <summary>Maximum number of filter groups in one search request (groups are ORed).</summary>
    public const int MaxFilterGroups = 5;

    /// <summary>Maximum number of filters inside one filter group (filters are ANDed).</summary>
    public const int MaxFiltersPerGroup = 6;

    /// <summary>Maximum number of filters across all groups of one search request.</summary>
    public const int MaxFiltersTotal = 18;

    /// <summary>Maximum number of sort rules in one search request.</summary>
    public const int MaxSorts = 1;

    /// <summary>Maximum page size (<c>limit</c>) of one search request.</summary>
    public const int MaxSearchPageSize = 200;

    /// <summary>Maximum number of results one search query can page through; paging beyond it returns 400.</summary>
    public const int MaxSearchResults = 10_000;

    /// <summary>Maximum length, in characters, of the full-text <c>query</c> of a search request.</summary>
    public const int MaxSearchQueryLength = 3_000;

    /// <summary>Maximum number of inputs in one batch read, create, update, upsert or archive request.</summary>
    public const int MaxBatchSize = 100;

    /// <summary>
    /// Maximum number of records one request reads with property history (<c>propertiesWithHistory</c>): the page size of a
    /// history listing and the inputs of one batch history read. HubSpot lowers its usual 100 when history is asked for; 50 is
    /// the figure integrators report.
    /// </summary>
    public const int MaxRecordsWithHistory = 50;

    /// <summary>Maximum page size (<c>limit</c>) when listing records of an object type.</summary>
    public const int MaxListPageSize = 100;

    /// <summary>Maximum page size (<c>limit</c>) when listing the associations of one record (v4).</summary>
    public const int MaxAssociationsPageSize = 500;

    /// <summary>Maximum page size (<c>limit</c>) when listing the account's owners (HubSpot's default page is 100).</summary>
    public const int MaxOwnersPageSize = 500;

    /// <summary>Maximum number of inputs in one v4 batch association read.</summary>
    public const int MaxBatchAssociationReadSize = 1_000;

    /// <summary>Maximum number of inputs in one v4 batch association create.</summary>
    public const int MaxBatchAssociationCreateSize = 2_000;

    /// <summary>Maximum length, in characters, of one string property value.</summary>
    public const int MaxPropertyValueLength = 65_536;

    /// <summary>Maximum number of events HubSpot puts in one webhook delivery.</summary>
    public const int MaxWebhookEventsPerDelivery = 100;

    /// <summary>Throws when <paramref name="actual"/> is above <paramref name="limit"/>, naming the limit and what to do.</summary>
    /// <param name="limitName">The name of the member of this class, for example <c>MaxFilterGroups</c>.</param>
    /// <param name="limit">The limit's value.</param>
    /// <param name="actual">The value the argument has.</param>
    /// <param name="what">What was counted, in words, for example "filter groups".</param>
    /// <param name="paramName">The argument that breaks the limit, or null when the object checks itself.</param>
    /// <exception cref="ArgumentException"><paramref name="actual"/> is above <paramref name="limit"/>.</exception>
    internal static void ThrowIfAbove(string limitName, int limit, int actual, string what, string? paramName = null)
    {
        if (actual > limit)
        {
            throw new ArgumentException(
                $"HubSpot allows at most {limit:N0} {what} ({nameof(HubSpotLimits)}.{limitName}), but there are {actual:N0}. Split the request or narrow it.",
                paramName);
        }
    }

    /// <summary>Throws when a page size is outside 1 to <paramref name="limit"/>, naming the limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The page size is out of range.</exception>
    internal static void ThrowIfPageSizeOutOfRange(int? pageSize, string limitName, int limit, string paramName)
    {
        if (pageSize is { } size && (size < 1 || size > limit))
        {
            throw new ArgumentOutOfRangeException(
                paramName, size, $"The page size must be between 1 and {limit:N0} ({nameof(HubSpotLimits)}.{limitName}); it was {size:N0}.");
        }
    }
}
