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
        var read = new HubSpotRequest(HttpMethod.Get, "crm/v3/objects/contacts/1", RequestKind.Read);
        var create = new HubSpotRequest(HttpMethod.Post, "crm/v3/objects/contacts", RequestKind.NonIdempotentWrite) { Body = "{}"u8.ToArray() };

        await client.SendAsync(read);
        await client.SendAsync(read);
        var unauthorized = await Assert.ThrowsAsync<HubSpotAuthenticationException>(() => client.SendAsync(read));
        var dropped = await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(create));

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
}
