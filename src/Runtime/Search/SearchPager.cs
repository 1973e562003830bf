using System.Globalization;
using Spoke.Http;
using Spoke.Json;
using Spoke.Paging;

namespace Spoke.Search;

/// <summary>
/// Fetches the pages of one search: the only place a search page is requested, so paging rules (offsets, the 10,000-result
/// cap, keyset continuation, totals, continuation tokens) live together. A search in record id order (no sort, or
/// <c>hs_object_id</c> ascending) is sent ordered by id; when a segment reaches the cap, the next one starts after its last id.
/// </summary>
internal sealed class SearchPager<T>
    where T : CrmRecord
{
    private readonly Func<HubSpotRequest, CancellationToken, Task<HubSpotResponse>> _send;
    private readonly RecordCodec<T> _codec;
    private readonly SearchRequest _request;
    private readonly SearchRequest _sent;
    private readonly bool _keyset;

    /// <summary>Creates the pager of a validated request.</summary>
    public SearchPager(Func<HubSpotRequest, CancellationToken, Task<HubSpotResponse>> send, RecordCodec<T> codec, SearchRequest request)
    {
        _send = send;
        _codec = codec;
        _request = request;
        _keyset = KeysetContinuation.Supports(request);
        _sent = _keyset ? KeysetContinuation.OrderedByKey(request) : request;
        Fingerprint = ContinuationToken.Fingerprint($"{codec.ObjectType.TypeId}\n{(request with { Properties = [] }).ToJson()}");
    }

    /// <summary>Ties continuation tokens to this search: its object type, filters, sorts and query (not its properties).</summary>
    public string Fingerprint { get; }

    /// <summary>Reads where a continuation token of this search continues.</summary>
    /// <exception cref="ArgumentException">The token is not one of this search's, or names a position it cannot have.</exception>
    public SearchPosition Decode(string continuationToken)
    {
        var position = ContinuationToken.Decode(continuationToken, ContinuationPosition.SearchKind, Fingerprint, "search");
        if (position.Offset is < 0 or > HubSpotLimits.MaxSearchResults || position.Before < 0)
        {
            throw ContinuationToken.Invalid("its position is out of range");
        }

        if (position.After is not null && (!_keyset || !ulong.TryParse(position.After, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw ContinuationToken.Invalid("its position is not one this search can have");
        }

        return new SearchPosition(position.After, (int)position.Offset, position.Before);
    }

    /// <summary>Fetches the page at <paramref name="position"/>, and says where the next one is (null after the last).</summary>
    /// <exception cref="InvalidOperationException">The search is sorted other than by record id and has passed HubSpot's cap.</exception>
    public async Task<(CrmPage<T> Page, SearchPosition? Next)> FetchAsync(SearchPosition position, int pageSize, CancellationToken cancellationToken)
    {
        if (position.Offset >= HubSpotLimits.MaxSearchResults)
        {
            throw KeysetContinuation.UnsupportedOrder(_request);
        }

        var size = Math.Min(pageSize, HubSpotLimits.MaxSearchResults - position.Offset);
        var page = await SearchSegmentAsync(_sent, position.AnchorId, size, position.Offset, cancellationToken).ConfigureAwait(false);
        var next = Next(position, page);
        var token = next is { } continuation
            ? ContinuationToken.Encode(new ContinuationPosition(ContinuationPosition.SearchKind, Fingerprint, continuation.AnchorId, continuation.Offset, continuation.Before))
            : null;
        return (new CrmPage<T>(page.Results, token, position.Before + page.Total), next);
    }

    /// <summary>
    /// Where the page after the one at <paramref name="position"/> starts if that page comes back full and short of
    /// <paramref name="expectedTotal"/>, so it can be fetched before that page's answer; null when only the answer can tell
    /// (the search may end there, or a keyset segment ends at the cap and the next starts after an id not yet seen, which
    /// <see cref="FindNextSegmentAsync"/> finds ahead).
    /// </summary>
    public SearchPosition? Predict(SearchPosition position, int pageSize, long expectedTotal)
    {
        var offset = position.Offset + Math.Min(pageSize, HubSpotLimits.MaxSearchResults - position.Offset);
        return offset < HubSpotLimits.MaxSearchResults && position.Before + offset < expectedTotal ? position with { Offset = offset } : null;
    }

    /// <summary>
    /// Whether a keyset segment is expected after the one that starts at <paramref name="segment"/>: the search is in record
    /// id order and <paramref name="expectedTotal"/> reaches past the segment's cap.
    /// </summary>
    public bool HasSegmentAfter(SearchPosition segment, long expectedTotal) =>
        _keyset && segment.Before + HubSpotLimits.MaxSearchResults < expectedTotal;

    /// <summary>
    /// Finds where the segment after the one starting at <paramref name="segment"/> starts, before its last page is fetched: one
    /// search for the segment's last result alone (offset 9,999, limit 1), whose id the next segment starts after. Null when the
    /// segment turns out to end earlier.
    /// </summary>
    public async Task<SearchPosition?> FindNextSegmentAsync(SearchPosition segment, CancellationToken cancellationToken)
    {
        var last = HubSpotLimits.MaxSearchResults - 1;
        var idOnly = _sent with { Properties = [KeysetContinuation.KeyProperty] };
        var page = await SearchSegmentAsync(idOnly, segment.AnchorId, 1, last, cancellationToken).ConfigureAwait(false);
        return page.Results is [var record] ? new SearchPosition(record.Id, 0, segment.Before + HubSpotLimits.MaxSearchResults) : null;
    }

    /// <summary>Sends <paramref name="query"/> restarted after <paramref name="anchorId"/> (unless null) and reads the page.</summary>
    private async Task<CollectionPage<T>> SearchSegmentAsync(SearchRequest query, string? anchorId, int limit, int offset, CancellationToken cancellationToken)
    {
        var segment = anchorId is null ? query : KeysetContinuation.After(query, anchorId);
        var request = HubSpotRequest.WithJson(
            HttpMethod.Post, CrmPaths.Search(_codec.ObjectType), RequestKind.Search, writer => segment.WriteTo(writer, limit, offset));
        var response = await _send(request, cancellationToken).ConfigureAwait(false);
        return CollectionPageReader.Read(response.Content, _codec.Read);
    }

    private SearchPosition? Next(SearchPosition position, CollectionPage<T> page)
    {
        if (page.Results.Count == 0)
        {
            return null;
        }

        var offset = position.Offset + page.Results.Count;

        // At the cap HubSpot may leave out the cursor although more records match; its total says whether they do.
        var more = page.After is not null || (offset >= HubSpotLimits.MaxSearchResults && page.Total > offset);
        return !more ? null
            : offset < HubSpotLimits.MaxSearchResults || !_keyset ? position with { Offset = offset }
            : new SearchPosition(page.Results[^1].Id, 0, position.Before + offset);
    }
}
