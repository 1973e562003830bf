namespace Spoke.Paging;

/// <summary>A kind of listing HubSpot pages with an <c>after</c> cursor, and its page size limit.</summary>
/// <param name="Kind">The kind its continuation tokens name.</param>
/// <param name="Description">The listing in words, for messages.</param>
/// <param name="PageSizeLimitName">The name of the <see cref="HubSpotLimits"/> member that caps its page size.</param>
/// <param name="MaxPageSize">The largest page HubSpot returns, also the default.</param>
internal sealed record CursorListing(string Kind, string Description, string PageSizeLimitName, int MaxPageSize)
{
    /// <summary><c>GET crm/v3/objects/{objectType}</c>.</summary>
    public static CursorListing Records { get; } =
        new(ContinuationPosition.RecordsKind, "record listing", nameof(HubSpotLimits.MaxListPageSize), HubSpotLimits.MaxListPageSize);

    /// <summary><c>GET crm/v3/objects/{objectType}?propertiesWithHistory=…</c>, whose pages are smaller.</summary>
    public static CursorListing History { get; } =
        new(ContinuationPosition.RecordsKind, "history listing", nameof(HubSpotLimits.MaxRecordsWithHistory), HubSpotLimits.MaxRecordsWithHistory);

    /// <summary><c>GET crm/v4/objects/{from}/{id}/associations/{to}</c>.</summary>
    public static CursorListing Associations { get; } =
        new(ContinuationPosition.AssociationsKind, "association listing", nameof(HubSpotLimits.MaxAssociationsPageSize), HubSpotLimits.MaxAssociationsPageSize);

    /// <summary><c>GET crm/v3/owners</c>.</summary>
    public static CursorListing Owners { get; } =
        new(ContinuationPosition.OwnersKind, "owner listing", nameof(HubSpotLimits.MaxOwnersPageSize), HubSpotLimits.MaxOwnersPageSize);
}
