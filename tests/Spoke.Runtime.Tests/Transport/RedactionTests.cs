using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class RedactionTests
{
    [Fact]
    public async Task The_token_appears_in_no_log_line_trace_exception_or_ToString()
    {
        var token = TestClients.NewToken();
        // The listener hears every test's Spoke activities, and tests in other classes run in parallel.
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HubSpotDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        var handler = ScriptedHttpHandler.Answering(request => request.Index switch
        {
            // A misbehaving proxy echoing the credential back in a header that is not on the allow-list.
            0 => Responses.Json(HttpStatusCode.OK, "{}", ("X-Echo-Authorization", $"Bearer {token}"), ("X-HubSpot-Correlation-Id", "c-ok")),
            1 => Responses.TenSecondlyLimit("0"),
            2 => Responses.Ok(),
            3 => Responses.Json(HttpStatusCode.Unauthorized, """{"message":"Authentication credentials not found.","category":"INVALID_AUTHENTICATION"}"""),
            _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "dropped"),
        });
        var options = TestClients.Options(configure: options => options.AccessToken = token);
        using var client = new HubSpotClient(new HttpClient(handler), options, loggerFactory);
        var read = HubSpotRequest.Get("crm/v3/objects/contacts/1");
        var create = HubSpotRequest.Post("crm/v3/objects/contacts", "{}"u8.ToArray());

        await client.SendAsync(read);
        await client.SendAsync(read);
        var unauthorized = await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(read));
        var dropped = await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(create));

        Assert.Equal(401, unauthorized.Status);
        var records = logs.GetSnapshot();
        Assert.Contains(records, record => record.Message.Contains("X-Echo-Authorization: REDACTED", StringComparison.Ordinal));
        Assert.Contains(records, record => record.Message.Contains("X-HubSpot-Correlation-Id: c-ok", StringComparison.Ordinal));
        var captured = records.SelectMany(record => new[] { record.Message, record.Exception?.ToString() }
                .Concat(record.StructuredState?.Select(pair => pair.Value) ?? []))
            .Concat(activities.ToArray().SelectMany(activity => new[] { activity.DisplayName, activity.StatusDescription }
                .Concat(activity.TagObjects.Select(tag => tag.Value?.ToString()))
                .Concat(activity.Events.SelectMany(activityEvent => activityEvent.Tags.Select(tag => tag.Value?.ToString()).Append(activityEvent.Name)))))
            .Concat([unauthorized.Message, unauthorized.ToString(), unauthorized.ResponseContent, dropped.Message, dropped.ToString()])
            .Concat([client.ToString(), options.ToString()])
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(activities);
        Assert.True(records.Count >= 5);
        Assert.DoesNotContain(captured, text => text.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_response_body_that_echoes_the_token_never_brings_it_into_the_exception_or_the_logs()
    {
        var token = TestClients.NewToken();
        using var capture = new TelemetryCapture();
        using var loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        var handler = ScriptedHttpHandler.Answering(request => request.Index switch
        {
            0 => new HttpResponseMessage(HttpStatusCode.BadGateway)
            {
                Content = new StringContent($"<html><body>Upstream failed. Request headers: {request.Authorization}</body></html>", System.Text.Encoding.UTF8, "text/html"),
            },
            _ => Responses.Json(HttpStatusCode.BadRequest, $$"""{"status":"error","message":"Bad header {{request.Authorization}}","category":"VALIDATION_ERROR","errors":[{"message":"token {{token}} rejected"}]}"""),
        });
        using var client = new HubSpotClient(new HttpClient(handler), TestClients.Options(configure: options => options.AccessToken = token), loggerFactory);
        var create = HubSpotRequest.Post("crm/v3/objects/contacts", "{}"u8.ToArray());

        var gateway = await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(create));
        var refused = await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(create));

        capture.Add(gateway);
        capture.Add(refused);
        capture.Add(new[] { gateway.ResponseContent, refused.ResponseContent, refused.ServiceMessage });
        capture.Add(refused.Errors.Select(error => error.Message));
        Assert.Contains("Upstream failed", gateway.Message, StringComparison.Ordinal);
        Assert.Contains("VALIDATION_ERROR", refused.Category, StringComparison.Ordinal);
        Assert.DoesNotContain(capture.Texts, text => text.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_handler_exception_that_carries_the_request_never_brings_the_token_into_the_exception()
    {
        var token = TestClients.NewToken();
        var handler = new ScriptedHttpHandler((request, _) =>
        {
            var failure = new HttpRequestException($"Could not send Authorization: {request.Authorization}", new IOException($"socket for {request.Authorization}"));
            failure.Data["request"] = request.Authorization;
            throw failure;
        });
        var options = TestClients.Options(configure: options => options.AccessToken = token);
        options.Retry.MaxRetries = 1;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        using var client = new HubSpotClient(new HttpClient(handler), options);

        var error = await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts/1")));

        using var capture = new TelemetryCapture();
        capture.Add(error);
        Assert.Contains("Could not send", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(capture.Texts, text => text.Contains(token, StringComparison.Ordinal));
    }
}
