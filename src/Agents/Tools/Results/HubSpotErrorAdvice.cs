using System.Globalization;

namespace Spoke.Agents.Tools.Results;

/// <summary>Turns the runtime's <see cref="HubSpotException"/> into a tool error that tells the model what to do next.</summary>
internal static class HubSpotErrorAdvice
{
    public static string Describe(HubSpotException failure, ToolCall call)
    {
        var objectType = call.ObjectType ?? "record";
        var advice = (failure.Status, failure.Category) switch
        {
            (429, _) when string.Equals(failure.PolicyName, "DAILY", StringComparison.OrdinalIgnoreCase) =>
                $"HubSpot's daily request quota for this account is used up. Stop calling HubSpot; the quota resets at midnight in the account's time zone{WaitHint(failure)}.",
            (429, _) =>
                $"HubSpot rate limit reached ({failure.PolicyName ?? "burst limit"}). Wait {WaitSeconds(failure)} seconds before the next HubSpot call, then retry once; make fewer, larger calls (search with a higher limit, upsert several records at once).",
            (403, "MISSING_SCOPES") =>
                $"The HubSpot token lacks the scope(s) {Scopes(failure)}. Retrying will not help: ask the operator to grant {Scopes(failure)} to the HubSpot app and restart the server.",
            (403, _) =>
                "HubSpot refused access (403). The token or the account does not allow this; ask the operator. Retrying will not help.",
            (401, _) =>
                "HubSpot rejected the access token (401: missing, invalid or expired). Ask the operator to check the token; retrying will not help.",
            (404, _) when call.Action == "get" =>
                $"No {objectType} record matches that id. Check the id (and idProperty), search for the record instead, or call get again with \"archived\": true if it may have been deleted.",
            (404, _) =>
                $"HubSpot found no such {objectType} record or path. Check the ids with manage_hubspot_records action get (with \"archived\": true for deleted records) or search_hubspot.",
            (409, _) =>
                $"Conflict: {Message(failure)} Update the existing record (action update with its id) or use upsert with a unique idProperty instead of create.",
            (400, _) when Message(failure).Contains("10000", StringComparison.Ordinal) || Message(failure).Contains("10,000", StringComparison.Ordinal) =>
                SearchDepthAdvice,
            (400, _) =>
                $"HubSpot rejected the request: {Message(failure)}{Details(failure)} Fix the named fields and retry; call get_hubspot_schema with objectType \"{objectType}\" for valid property names, types and options.",
            (0, _) =>
                $"HubSpot could not be reached ({failure.Message}). Try again in a minute; if it keeps failing, tell the user HubSpot is unavailable.",
            _ when failure.Status >= 500 =>
                $"HubSpot had an internal error ({failure.Status}). Try again in a minute; if it keeps failing, tell the user HubSpot is unavailable.",
            _ => $"HubSpot answered {failure.Status}: {Message(failure)}{Details(failure)}",
        };
        if (failure.MayHaveTakenEffect)
        {
            advice += " The write may have reached HubSpot before the failure: check with manage_hubspot_records get or search_hubspot whether it happened before retrying it.";
        }

        return failure.CorrelationId is null ? advice : $"{advice} (HubSpot correlation id {failure.CorrelationId})";
    }

    /// <summary>HubSpot's answer in one line, for a failure among others of the same call: <c>404 OBJECT_NOT_FOUND: …</c>.</summary>
    public static string Summarize(HubSpotException failure) =>
        (failure.Status == 0 ? "No answer from HubSpot" : $"{failure.Status} {failure.Category ?? "ERROR"}") + $": {Message(failure)}{Details(failure)}";

    public static string SearchDepthAdvice { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"HubSpot search returns at most {HubSpotLimits.MaxSearchResults} results per query, so paging cannot go further. Narrow the filters instead (for example a createdate or hs_lastmodifieddate range, or an extra EQ filter) and page through each narrower query.");

    // HubSpot's own words when it sent any; the runtime's description otherwise (a gateway's HTML page, no answer at all).
    private static string Message(HubSpotException failure) => failure.ServiceMessage ?? failure.Message;

    private static int WaitSeconds(HubSpotException failure) =>
        (int)Math.Ceiling((failure.RetryAfter ?? TimeSpan.FromSeconds(10)).TotalSeconds);

    private static string WaitHint(HubSpotException failure) =>
        failure.RetryAfter is { } wait ? $" (HubSpot says in about {Math.Ceiling(wait.TotalMinutes)} minutes)" : string.Empty;

    private static string Scopes(HubSpotException failure) =>
        failure.RequiredScopes.Count == 0 ? "named in HubSpot's scopes documentation" : string.Join(", ", failure.RequiredScopes);

    private static string Details(HubSpotException failure) =>
        failure.Errors.Count == 0 ? string.Empty : " Details: " + string.Join("; ", failure.Errors.Select(Describe)) + ".";

    private static string Describe(HubSpotErrorDetail detail)
    {
        var property = detail.Context.TryGetValue("propertyName", out var names) ? string.Join(", ", names) : detail.In;
        return property is null ? detail.Message : $"{property}: {detail.Message}";
    }
}
