namespace Spoke.Paging;

/// <summary>Where a pageable continues, as its continuation token carries it.</summary>
/// <param name="Kind">The kind of listing: <see cref="SearchKind"/>, <see cref="RecordsKind"/>, <see cref="AssociationsKind"/> or <see cref="OwnersKind"/>.</param>
/// <param name="Fingerprint">The fingerprint of what the pageable lists.</param>
/// <param name="After">HubSpot's <c>after</c> cursor of a listing; for a search, the record id the current keyset segment starts after.</param>
/// <param name="Offset">For a search, the offset inside the current keyset segment.</param>
/// <param name="Before">For a search, how many results came before the current keyset segment.</param>
internal sealed record ContinuationPosition(string Kind, string Fingerprint, string? After, long Offset, long Before)
{
    public const string SearchKind = "search";
    public const string RecordsKind = "records";
    public const string AssociationsKind = "associations";
    public const string OwnersKind = "owners";
}
