using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Text;
using Spoke.Batch;

namespace Spoke.Http;

/// <summary>Turns a refused response or a transport failure into the <see cref="HubSpotException"/> a caller can act on.</summary>
internal static partial class HubSpotExceptionFactory
{
    private const int MaxContentChars = 16_384;
    private const int MaxSnippetChars = 200;
    private const int MaxDetailsInMessage = 5;
    private const int MaxPathChars = 300;
    private const string NotFoundCategory = "OBJECT_NOT_FOUND";

    private const string MayHaveHappenedAdvice =
        "The write may have happened: the request was sent, but no answer from HubSpot confirmed whether it was applied. "
        + "It was not repeated, because repeating it could create a duplicate. "
        + "Check for the record before writing again, or upsert by a unique property, which is safe to retry.";

    private const string MayHaveBeenAppliedAdvice = "The write may have been applied; repeating it is safe.";

    private const string NothingWrittenAdvice = "No attempt reached HubSpot, so nothing was written; it is safe to try again.";

    /// <summary>Builds the exception for a response HubSpot did not accept.</summary>
    /// <param name="request">The request.</param>
    /// <param name="response">The last response.</param>
    /// <param name="mayHaveTakenEffect">Whether an attempt of the call may have been applied (see <see cref="HubSpotException.MayHaveTakenEffect"/>).</param>
    public static HubSpotException FromResponse(HubSpotRequest request, HubSpotResponse response, bool mayHaveTakenEffect)
    {
        var body = HubSpotErrorReader.TryRead(response.Content.Span);
        var content = DecodeContent(response.Content.Span);
        var effect = IsWrite(request) && mayHaveTakenEffect;
        var message = response.StatusCode == HttpStatusCode.RequestUriTooLong ? DescribeUrlTooLong(request, body)
            : body is null ? DescribeNonJson(request, response, content, effect)
            : Describe(request, response, body, effect);
        var exception = new HubSpotException(response.Status, message) { MayHaveTakenEffect = effect };
        return Populate(exception, response, body ?? HubSpotErrorBody.Empty, content);
    }

    /// <summary>
    /// Builds the exception for a single-record read or update sent through a batch endpoint whose answer holds no record: a
    /// 404 when HubSpot named no other reason, as the single-record endpoint would have answered.
    /// </summary>
    /// <param name="request">The batch request.</param>
    /// <param name="response">HubSpot's accepted answer, without a result.</param>
    /// <param name="errors">The errors HubSpot reported for the input.</param>
    /// <param name="subject">The record, in words, for example "contacts record with id 42".</param>
    public static HubSpotException FromMissingBatchResult(HubSpotRequest request, HubSpotResponse response, IReadOnlyList<BatchItemError> errors, string subject)
    {
        var error = errors.Count > 0 ? errors[0] : null;
        var notFound = error is null || error.Category == NotFoundCategory;
        var via = $"(sent as {request.Method} {Shown(request.Path)} because a URL would have been too long)";
        var exception = notFound
            ? new HubSpotException((int)HttpStatusCode.NotFound, $"HubSpot found no {subject} {via}{(error is null ? "." : $": {error.Message}")}")
            : new HubSpotException(BatchErrorStatus.For(error!.Category, response.Status), $"HubSpot refused the request for the {subject} {via}: {error}");
        exception.Category = error?.Category ?? (notFound ? NotFoundCategory : null);
        exception.SubCategory = error?.SubCategory;
        exception.ServiceMessage = error?.Message;
        exception.Context = error?.Context ?? HubSpotException.EmptyContext;
        exception.CorrelationId = response.CorrelationId;
        exception.ResponseContent = DecodeContent(response.Content.Span);
        return exception;
    }

    /// <summary>Builds the exception for a request that got no usable response after every allowed attempt.</summary>
    /// <param name="request">The request.</param>
    /// <param name="failure">The last attempt's exception.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="reason">What went wrong, in words.</param>
    /// <param name="mayHaveTakenEffect">Whether an attempt of the call may have been applied.</param>
    public static HubSpotException FromTransportFailure(HubSpotRequest request, Exception failure, int attempts, string reason, bool mayHaveTakenEffect)
    {
        var effect = IsWrite(request) && mayHaveTakenEffect;
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Method} {Shown(request.Path)} failed: {reason} ")
            .Append(CultureInfo.InvariantCulture, $"after {attempts} attempt{(attempts == 1 ? "" : "s")}.");
        if (IsWrite(request))
        {
            message.Append(' ').Append(effect ? WriteAdvice(request) : NothingWrittenAdvice);
        }

        return new HubSpotException(message.ToString(), failure) { MayHaveTakenEffect = effect };
    }

    private static bool IsWrite(HubSpotRequest request) => request.Kind is RequestKind.IdempotentWrite or RequestKind.NonIdempotentWrite;

    private static string WriteAdvice(HubSpotRequest request) =>
        request.Kind == RequestKind.NonIdempotentWrite ? MayHaveHappenedAdvice : MayHaveBeenAppliedAdvice;

    private static HubSpotException Populate(HubSpotException exception, HubSpotResponse response, HubSpotErrorBody body, string content)
    {
        exception.Category = body.Category ?? body.ErrorType;
        exception.SubCategory = body.SubCategory;
        exception.CorrelationId = body.CorrelationId ?? response.CorrelationId;
        exception.ServiceMessage = body.Message;
        exception.Errors = body.Errors;
        exception.Context = body.Context;
        exception.RequiredScopes = RequiredScopes(body);
        exception.RetryAfter = response.RetryAfter;
        exception.PolicyName = body.PolicyName;
        exception.ExistingObjectId = ExistingObjectId(body.Message);
        exception.ResponseContent = content;
        return exception;
    }

    /// <summary>
    /// Builds the exception for an attempt the client did not send because HubSpot last reported the daily quota used up,
    /// shaped like HubSpot's own 429 so callers handle both alike.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="remaining">What the last report left, after the requests taken since.</param>
    public static HubSpotException DailyQuotaUsedUp(HubSpotRequest request, long remaining) =>
        new((int)HttpStatusCode.TooManyRequests,
            $"HubSpot {request.Method} {Shown(request.Path)} was not sent: HubSpot last reported the account's daily request quota used up "
            + $"({remaining.ToString(CultureInfo.InvariantCulture)} left after the requests since). The quota resets at midnight in the account's time zone; "
            + $"the client asks HubSpot again a minute after the last report. {NothingWrittenAdvice}")
        {
            PolicyName = "DAILY",
            Category = "RATE_LIMIT",
        };

    internal static bool IsDaily(HubSpotErrorBody? body) =>
        string.Equals(body?.PolicyName, "DAILY", StringComparison.OrdinalIgnoreCase);

    internal static IReadOnlyList<string> RequiredScopes(HubSpotErrorBody body) =>
    [
        .. body.Errors
            .SelectMany(error => error.Context
                .Where(entry => entry.Key is "requiredScopes" or "requiredGranularScopes")
                .SelectMany(entry => entry.Value))
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The id of the existing record a conflict message names (<c>Existing ID: 123</c>), or null.</summary>
    internal static string? ExistingObjectId(string? message)
    {
        var match = message is null ? Match.Empty : ExistingIdPattern().Match(message);
        return match.Success ? match.Groups["id"].Value : null;
    }

    private static string Describe(HubSpotRequest request, HubSpotResponse response, HubSpotErrorBody body, bool mayHaveTakenEffect)
    {
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HubSpot answered {Status(response.StatusCode)} to {request.Method} {Shown(request.Path)}: ")
            .Append(body.Message ?? "no message given.");
        foreach (var detail in body.Errors.Where(detail => detail.Message.Length > 0 && detail.Message != body.Message).Take(MaxDetailsInMessage))
        {
            message.Append(" | ").Append(detail.Message);
        }

        message.Append(Advice(response, body));
        if (mayHaveTakenEffect)
        {
            message.Append(' ').Append(WriteAdvice(request));
        }

        var category = body.Category ?? body.ErrorType;
        var correlationId = body.CorrelationId ?? response.CorrelationId;
        if (category is not null || correlationId is not null)
        {
            message.Append(CultureInfo.InvariantCulture, $" (category {category ?? "none"}, correlation id {correlationId ?? "none"})");
        }

        return message.ToString();
    }

    private static string Advice(HubSpotResponse response, HubSpotErrorBody body) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized =>
            " Check that the access token is current and belongs to this account (private app tokens start with 'pat-').",
        HttpStatusCode.Forbidden when RequiredScopes(body) is { Count: > 0 } scopes =>
            $" Grant the app these scopes and reinstall it: {string.Join(", ", scopes)}.",
        HttpStatusCode.Conflict when ExistingObjectId(body.Message) is { } id =>
            $" The existing record is {id}: update it, or upsert by the unique property instead of creating.",
        HttpStatusCode.TooManyRequests when IsDaily(body) =>
            " The account's daily API quota is used up; it resets at midnight in the account's time zone, and retrying before then cannot succeed.",
        HttpStatusCode.TooManyRequests =>
            $" Limit {body.PolicyName ?? "unknown"}; retry after {Seconds(response.RetryAfter)}, or lower the client's request rate.",
        _ => string.Empty,
    };

    private static string DescribeUrlTooLong(HubSpotRequest request, HubSpotErrorBody? body) =>
        $"HubSpot, or a gateway in front of it, answered 414 URI Too Long to {request.Method} {Shown(request.Path)}: the URL was too long "
        + string.Create(CultureInfo.InvariantCulture, $"({RequestUriBuilder.Target(request).Length:N0} characters of path and query; HubSpot accepts about 8 KB). ")
        + "Ask for fewer properties, or look the record up by a shorter value."
        + (body?.Message is { } detail ? $" HubSpot said: {detail}" : string.Empty);

    private static string DescribeNonJson(HubSpotRequest request, HubSpotResponse response, string content, bool mayHaveTakenEffect)
    {
        var mediaType = response.MediaType ?? "no content type";
        var snippet = Snippet(content);
        var shown = snippet.Length == 0 ? "The body was empty." : $"The body starts: \"{snippet}\".";
        var next = mayHaveTakenEffect ? WriteAdvice(request)
            : response.StatusCode is HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError ? "Retry later."
            : null;
        return $"HubSpot answered {Status(response.StatusCode)} to {request.Method} {Shown(request.Path)} with a body that is not a HubSpot error ({mediaType}). "
            + "Such bodies usually come from a gateway or proxy in front of HubSpot. "
            + shown
            + (response.CorrelationId is null ? string.Empty : $" (correlation id {response.CorrelationId})")
            + (next is null ? string.Empty : $" {next}");
    }

    // A path can carry a unique value of any length; messages show its start.
    private static string Shown(string path) => path.Length <= MaxPathChars ? path : string.Concat(path.AsSpan(0, MaxPathChars), "…");

    private static string Snippet(string content)
    {
        var collapsed = WhitespacePattern().Replace(content, " ").Trim();
        return collapsed.Length <= MaxSnippetChars ? collapsed : string.Concat(collapsed.AsSpan(0, MaxSnippetChars), "…");
    }

    private static string DecodeContent(ReadOnlySpan<byte> body) =>
        Encoding.UTF8.GetString(body.Length <= MaxContentChars ? body : body[..MaxContentChars]);

    private static string Status(HttpStatusCode status) => string.Create(CultureInfo.InvariantCulture, $"{(int)status} {status}");

    private static string Seconds(TimeSpan? delay) =>
        delay is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.###} s") : "a short backoff";

    [GeneratedRegex(@"Existing ID:\s*(?<id>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExistingIdPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
