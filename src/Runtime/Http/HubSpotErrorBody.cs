namespace Spoke.Http;

/// <summary>The fields of a HubSpot error object (a refused request's body, or an entry of a batch's errors); any of them may be missing.</summary>
internal sealed record HubSpotErrorBody
{
    public static HubSpotErrorBody Empty { get; } = new();

    public string? Message { get; init; }

    public string? Category { get; init; }

    public string? SubCategory { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>On a 429, HubSpot sends <c>errorType</c> (<c>RATE_LIMIT</c>) instead of a category.</summary>
    public string? ErrorType { get; init; }

    public string? PolicyName { get; init; }

    /// <summary>The machine-readable <c>code</c> of an entry of <c>errors</c>, such as <c>INVALID_INTEGER</c>.</summary>
    public string? Code { get; init; }

    /// <summary>Where an entry of <c>errors</c> is (for example a property name).</summary>
    public string? In { get; init; }

    public IReadOnlyList<HubSpotErrorDetail> Errors { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Context { get; init; } = HubSpotException.EmptyContext;
}
