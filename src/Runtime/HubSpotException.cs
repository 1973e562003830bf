namespace Spoke;

/// <summary>
/// HubSpot refused a request, or it could not be completed within the retry and timeout budget. The one exception type of
/// every call: filter on what HubSpot said, for example <c>catch (HubSpotException e) when (e.Status == 404)</c>,
/// <c>when (e.Status == 409)</c> (see <see cref="ExistingObjectId"/>), <c>when (e.Status == 429)</c> (see
/// <see cref="PolicyName"/>: <c>DAILY</c> means the daily quota is used up), <c>when (e.Status is 401 or 403)</c> (see
/// <see cref="RequiredScopes"/>), or <c>when (e.Status == 0)</c> for no answer at all.
/// </summary>
/// <remarks>
/// The message and every property are free of access tokens. Arguments that break a documented HubSpot limit, or name an
/// association label the account does not have, are <see cref="ArgumentException"/>s instead, thrown before anything is sent.
/// Build one in tests with <see cref="HubSpotModelFactory.HubSpotException"/>.
/// </remarks>
public class HubSpotException : Exception
{
    /// <summary>Creates the exception for a call that got no answer from HubSpot (<see cref="Status"/> 0).</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The transport failure behind it, if any.</param>
    public HubSpotException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a response HubSpot did not accept.</summary>
    /// <param name="status">The HTTP status HubSpot answered with, or 0 when no answer arrived.</param>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public HubSpotException(int status, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(status);
        Status = status;
    }

    /// <summary>
    /// The HTTP status HubSpot answered with, or 0 when no answer arrived (a timeout, a dropped or refused connection, a token
    /// provider that failed). A single-record call that goes through a batch endpoint reports the status the single-record
    /// endpoint would have answered (404 for a record that does not exist).
    /// </summary>
    public int Status { get; }

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

    /// <summary>The scopes the token lacks, on a 403 <c>MISSING_SCOPES</c>: grant them to the app and reinstall it.</summary>
    public IReadOnlyList<string> RequiredScopes { get; internal set; } = [];

    /// <summary>How long HubSpot asked the caller to wait (<c>Retry-After</c>), on a 429 or 503.</summary>
    public TimeSpan? RetryAfter { get; internal set; }

    /// <summary>
    /// The rate-limit policy that was hit on a 429: <c>TEN_SECONDLY_ROLLING</c>, <c>SECONDLY</c>, or <c>DAILY</c> (the
    /// account's daily quota is used up until midnight in its time zone; the client does not retry it).
    /// </summary>
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

    /// <summary>The response content as text (at most 16 KB), for diagnosis; <see langword="null"/> when no response arrived.</summary>
    public string? ResponseContent { get; internal set; }

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyContext { get; } =
        new Dictionary<string, IReadOnlyList<string>>();
}
