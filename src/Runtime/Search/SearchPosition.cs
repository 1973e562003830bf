namespace Spoke.Search;

/// <summary>Where a search continues: after which record id the current keyset segment starts, and the offset inside it.</summary>
/// <param name="AnchorId">The record id the segment starts after (<c>hs_object_id &gt; AnchorId</c>), or null for the first segment.</param>
/// <param name="Offset">The offset inside the segment, below <see cref="HubSpotLimits.MaxSearchResults"/> except for a search that cannot be continued past it.</param>
/// <param name="Before">How many results came before the segment, so totals count the whole search.</param>
internal readonly record struct SearchPosition(string? AnchorId, int Offset, long Before)
{
    public static SearchPosition Start => default;
}
