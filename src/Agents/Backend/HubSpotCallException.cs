namespace Spoke.Agents.Backend;

/// <summary>
/// HubSpot, or the connection to it, failed a call: the part of <see cref="HubSpotException"/> the tools turn into advice
/// for the model, in a form tests can build.
/// </summary>
internal sealed class HubSpotCallException : Exception
{
    public HubSpotCallException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status; 0 when HubSpot never answered.</summary>
    public int StatusCode { get; init; }

    /// <summary>HubSpot's error category, e.g. <c>VALIDATION_ERROR</c>, <c>MISSING_SCOPES</c>, <c>OBJECT_NOT_FOUND</c>.</summary>
    public string? Category { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>The scopes the token lacks, on <c>MISSING_SCOPES</c>.</summary>
    public IReadOnlyList<string> RequiredScopes { get; init; } = [];

    /// <summary>How long HubSpot asked callers to wait, on 429.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The rate-limit policy that was hit (<c>TEN_SECONDLY_ROLLING</c>, <c>DAILY</c>, <c>SECONDLY</c>).</summary>
    public string? PolicyName { get; init; }

    /// <summary>The per-field messages of a validation error.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public static HubSpotCallException From(HubSpotException exception) =>
        new(exception.ServiceMessage ?? exception.Message, exception)
        {
            StatusCode = exception.Status,
            Category = exception.Category,
            CorrelationId = exception.CorrelationId,
            RequiredScopes = exception.RequiredScopes,
            RetryAfter = exception.RetryAfter,
            PolicyName = exception.PolicyName,
            Details = [.. exception.Errors.Select(Describe)],
        };

    private static string Describe(HubSpotErrorDetail detail)
    {
        var property = detail.Context.TryGetValue("propertyName", out var names) ? string.Join(", ", names) : detail.In;
        return property is null ? detail.Message : $"{property}: {detail.Message}";
    }
}
