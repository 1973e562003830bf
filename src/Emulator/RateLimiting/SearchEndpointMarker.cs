namespace Spoke.Emulator.RateLimiting;

/// <summary>Endpoint metadata for search: counted against the search limit only, and answered without rate-limit headers.</summary>
internal sealed class SearchEndpointMarker
{
    public static readonly SearchEndpointMarker Instance = new();

    /// <summary>Whether the request was routed to a search endpoint.</summary>
    public static bool IsSearch(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<SearchEndpointMarker>() is not null;
}
