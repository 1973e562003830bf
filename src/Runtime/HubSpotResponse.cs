using System.Net;
using Spoke.Http;

namespace Spoke;

/// <summary>
/// HubSpot's answer to a <see cref="HubSpotRequest"/> it accepted (200, 201, 204 or 207), fully buffered: status, headers and
/// content. Refusals never come back as a response; they throw <see cref="HubSpotException"/>.
/// </summary>
public sealed class HubSpotResponse
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    internal HubSpotResponse()
    {
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; internal init; }

    /// <summary>The response and content headers by name (names compare ignoring case), each with its values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; internal init; } = NoHeaders;

    /// <summary>The content, usually UTF-8 JSON; empty for 204.</summary>
    public ReadOnlyMemory<byte> Content { get; internal init; }

    /// <summary>The <c>X-HubSpot-Correlation-Id</c> header, if HubSpot sent one: quote it to HubSpot support.</summary>
    public string? CorrelationId => Header(HubSpotHeaderNames.CorrelationId);

    /// <summary>
    /// Whether an attempt before the one that produced this response may have been applied: its answer was lost, or was a 408
    /// or 5xx. An upsert that reports an existing record may then have created it itself.
    /// </summary>
    public bool EarlierAttemptMayHaveTakenEffect { get; internal set; }

    /// <summary>The media type of the content, such as <c>application/json</c>, if HubSpot sent one.</summary>
    internal string? MediaType { get; init; }

    /// <summary>The delay the <c>Retry-After</c> header asked for, if any.</summary>
    internal TimeSpan? RetryAfter { get; init; }

    /// <summary>The rate-limit headers HubSpot reported with this response, if any.</summary>
    internal RateLimitHeaders? RateLimit { get; init; }

    /// <summary>What HubSpot reported left of the daily quota (<c>X-HubSpot-RateLimit-Daily-Remaining</c>), if it did.</summary>
    internal long? DailyRemaining { get; init; }

    internal HttpStatusCode StatusCode => (HttpStatusCode)Status;

    /// <summary>Whether HubSpot accepted the request: 200, 201, 204 or 207 (multi-status: per-input results in the content).</summary>
    internal bool IsSuccess => StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent or HttpStatusCode.MultiStatus;

    /// <summary>Describes the response by status and size; the content is not shown.</summary>
    /// <returns>For example <c>200 (1,234 bytes)</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Status} ({Content.Length:N0} bytes)");

    /// <summary>The same response with other content.</summary>
    internal HubSpotResponse WithContent(ReadOnlyMemory<byte> content) => new()
    {
        Status = Status,
        Headers = Headers,
        Content = content,
        MediaType = MediaType,
        RetryAfter = RetryAfter,
        RateLimit = RateLimit,
        EarlierAttemptMayHaveTakenEffect = EarlierAttemptMayHaveTakenEffect,
    };

    private string? Header(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
