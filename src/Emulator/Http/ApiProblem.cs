namespace Spoke.Emulator.Http;

/// <summary>
/// A request HubSpot would refuse. Thrown from anywhere in request handling and written as HubSpot's error body by
/// <see cref="ProblemMiddleware"/>.
/// </summary>
internal sealed class ApiProblem(int status, string category, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Category { get; } = category;

    public string? SubCategory { get; init; }

    public IReadOnlyList<ErrorDetail> Errors { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Context { get; init; } = EmptyContext;

    public IReadOnlyDictionary<string, string> Links { get; init; } = EmptyLinks;

    private static readonly Dictionary<string, IReadOnlyList<string>> EmptyContext = [];
    private static readonly Dictionary<string, string> EmptyLinks = [];

    public static ApiProblem Validation(string message, params ErrorDetail[] errors) =>
        new(400, ErrorCategories.Validation, message) { Errors = errors };

    public static ApiProblem NotFound(string message, string id) =>
        new(404, ErrorCategories.ObjectNotFound, message) { Context = new Dictionary<string, IReadOnlyList<string>> { ["id"] = [id] } };

    public static ApiProblem InvalidJson(string detail) =>
        new(400, ErrorCategories.Validation, $"Invalid input JSON: {detail}");
}

/// <summary>One entry of an error body's <c>errors</c> array.</summary>
internal sealed record ErrorDetail(string Message)
{
    public string? Code { get; init; }

    public string? In { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Context { get; init; }
}

/// <summary>The <c>category</c> values of HubSpot's error bodies.</summary>
internal static class ErrorCategories
{
    public const string Validation = "VALIDATION_ERROR";
    public const string ObjectNotFound = "OBJECT_NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string InvalidAuthentication = "INVALID_AUTHENTICATION";
    public const string MissingScopes = "MISSING_SCOPES";
    public const string InternalError = "INTERNAL_ERROR";

    /// <summary>The emulator's own category for a request whose body arrived too slowly; HubSpot documents none.</summary>
    public const string Timeout = "TIMEOUT";
}
