using System.Net;

namespace Spoke;

/// <summary>
/// HubSpot refused a request, or it could not be completed within the retry and timeout budget. Carries what HubSpot
/// said about it. Catch a subtype to handle one case: <see cref="HubSpotNotFoundException"/>,
/// <see cref="HubSpotConflictException"/>, <see cref="HubSpotRateLimitException"/>,
/// <see cref="HubSpotDailyLimitException"/>, <see cref="HubSpotAuthenticationException"/>,
/// <see cref="HubSpotAuthorizationException"/>.
/// </summary>
/// <remarks>The message and every property are free of access tokens.</remarks>
public class HubSpotException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The transport failure behind it, if any.</param>
    public HubSpotException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status HubSpot answered with, or <see langword="null"/> when no response arrived (timeout, dropped connection).</summary>
    public HttpStatusCode? StatusCode { get; internal set; }

    /// <summary>HubSpot's error <c>category</c>, such as <c>VALIDATION_ERROR</c> or <c>OBJECT_NOT_FOUND</c> (on a 429, the <c>errorType</c>).</summary>
    public string? Category { get; internal set; }

    /// <summary>HubSpot's <c>subCategory</c>, such as <c>crm.associations.INVALID_ASSOCIATION_TYPE</c>.</summary>
    public string? SubCategory { get; internal set; }

    /// <summary>The correlation id (body or <c>X-HubSpot-Correlation-Id</c> header): quote it to HubSpot support.</summary>
    public string? CorrelationId { get; internal set; }

    /// <summary>HubSpot's own message, unchanged.</summary>
    public string? ServiceMessage { get; internal set; }

    /// <summary>Per-field errors, each with its code and context (for example the property name).</summary>
    public IReadOnlyList<HubSpotErrorDetail> Errors { get; internal set; } = [];

    /// <summary>The top-level error <c>context</c> (for example <c>id</c> on a 404).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Context { get; internal set; } = EmptyContext;

    /// <summary>The scopes the token lacks, on a 403 <c>MISSING_SCOPES</c>.</summary>
    public IReadOnlyList<string> RequiredScopes { get; internal set; } = [];

    /// <summary>How long HubSpot asked the caller to wait (<c>Retry-After</c>), on a 429 or 503.</summary>
    public TimeSpan? RetryAfter { get; internal set; }

    /// <summary>The rate-limit policy that was hit on a 429: <c>TEN_SECONDLY_ROLLING</c>, <c>SECONDLY</c> or <c>DAILY</c>.</summary>
    public string? PolicyName { get; internal set; }

    /// <summary>The id of the record that already exists, on a 409 <c>CONFLICT</c> (for example a contact with the same email).</summary>
    public string? ExistingObjectId { get; internal set; }

    /// <summary>
    /// For a write: whether HubSpot may have applied it although the call failed. True when an attempt was sent and its
    /// answer was lost (a timeout or a broken connection) or was a 408 or 5xx, from HubSpot or a gateway in front of it;
    /// check for the record before creating it again. False when HubSpot certainly applied nothing: no attempt reached a
    /// server (refused connection, failed name resolution or TLS handshake), or HubSpot refused the request (4xx, 429).
    /// Always false for reads and searches.
    /// </summary>
    public bool MayHaveTakenEffect { get; internal set; }

    /// <summary>The response body as text, for diagnosis; <see langword="null"/> when no response arrived.</summary>
    public string? ResponseContent { get; internal set; }

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyContext { get; } =
        new Dictionary<string, IReadOnlyList<string>>();
}
