using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>
/// An in-memory HTTP server whose answers are scripted per call, recording every request it receives with the time
/// (from the test's clock) it arrived.
/// </summary>
internal sealed class ScriptedHttpHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _respond;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _count;

    public ScriptedHttpHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond, TimeProvider? timeProvider = null)
    {
        _respond = respond;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static ScriptedHttpHandler Answering(Func<RecordedRequest, HttpResponseMessage> respond, TimeProvider? timeProvider = null) =>
        new((request, _) => Task.FromResult(respond(request)), timeProvider);

    /// <summary>Answers the calls in order with <paramref name="responses"/>, repeating the last one.</summary>
    public static ScriptedHttpHandler Sequence(TimeProvider? timeProvider, params Func<HttpResponseMessage>[] responses) =>
        Answering(request => responses[Math.Min(request.Index, responses.Length - 1)](), timeProvider);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            Interlocked.Increment(ref _count) - 1,
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            body,
            _timeProvider.GetUtcNow());
        _requests.Enqueue(recorded);
        var response = await _respond(recorded, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}

/// <summary>One request the fake server received.</summary>
internal sealed record RecordedRequest(int Index, HttpMethod Method, Uri Uri, string? Authorization, string? Body, DateTimeOffset ReceivedAt);

/// <summary>Canned HubSpot responses.</summary>
internal static class Responses
{
    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Ok(string json = """{"id":"1"}""") => Json(HttpStatusCode.OK, json);

    public static HttpResponseMessage TenSecondlyLimit(string? retryAfterSeconds = "1") => Json(
        HttpStatusCode.TooManyRequests,
        """{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"c-429","policyName":"TEN_SECONDLY_ROLLING"}""",
        retryAfterSeconds is null ? [] : [("Retry-After", retryAfterSeconds)]);

    public static HttpResponseMessage DailyLimit() => Json(
        HttpStatusCode.TooManyRequests,
        """{"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","correlationId":"c-daily","policyName":"DAILY"}""");

    public static HttpResponseMessage Status(HttpStatusCode status) => Json(
        status,
        $$"""{"status":"error","message":"Upstream trouble ({{(int)status}}).","category":"INTERNAL_ERROR","correlationId":"c-{{(int)status}}"}""");
}
