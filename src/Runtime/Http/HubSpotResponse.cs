using System.Net;
using System.Text.Json;

namespace Spoke;

/// <summary>A fully buffered HubSpot response: status, the few headers callers need, and the body bytes.</summary>
internal sealed record HubSpotResponse
{
    /// <summary>The HTTP status code.</summary>
    public required HttpStatusCode StatusCode { get; init; }

    /// <summary>The response body (empty for 204).</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The media type of the body, such as <c>application/json</c>, if HubSpot sent one.</summary>
    public string? MediaType { get; init; }

    /// <summary>The <c>X-HubSpot-Correlation-Id</c> header: quote it to HubSpot support.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The delay the <c>Retry-After</c> header asked for, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The rate-limit headers HubSpot reported with this response, if any.</summary>
    public RateLimitHeaders? RateLimit { get; init; }

    /// <summary>
    /// Whether an attempt before the one that produced this response may have been applied (its answer was lost, or was a
    /// 408 or 5xx). An upsert that reports an existing record may then have created it itself.
    /// </summary>
    public bool EarlierAttemptMayHaveTakenEffect { get; set; }

    /// <summary>Whether HubSpot accepted the request: 200, 201, 204 or 207 (multi-status: per-input results in the body).</summary>
    public bool IsSuccess => StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent or HttpStatusCode.MultiStatus;

    /// <summary>Creates a reader over the body.</summary>
    /// <returns>A reader positioned before the first token.</returns>
    public Utf8JsonReader CreateJsonReader() => new(Body.Span);
}
