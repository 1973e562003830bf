namespace Spoke;

/// <summary>
/// Every documented HubSpot API limit that Spoke checks before sending a request.
/// This is the one place these numbers live; the client, the search model and the agent tool descriptions read them from here.
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

    /// <summary>Maximum page size (<c>limit</c>) when listing records of an object type.</summary>
    public const int MaxListPageSize = 100;

    /// <summary>Maximum page size (<c>limit</c>) when listing the associations of one record (v4).</summary>
    public const int MaxAssociationsPageSize = 500;

    /// <summary>Maximum number of inputs in one v4 batch association read.</summary>
    public const int MaxBatchAssociationReadSize = 1_000;

    /// <summary>Maximum number of inputs in one v4 batch association create.</summary>
    public const int MaxBatchAssociationCreateSize = 2_000;

    /// <summary>Maximum length, in characters, of one string property value.</summary>
    public const int MaxPropertyValueLength = 65_536;

    /// <summary>Maximum number of events HubSpot puts in one webhook delivery.</summary>
    public const int MaxWebhookEventsPerDelivery = 100;
}
