using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spoke.AspNetCore.Webhooks;
using Spoke.Webhooks.Events;
using Spoke.Webhooks.Signatures;
using Spoke.Webhooks.Tests.Support;

namespace Spoke.Webhooks.Tests.AspNetCore;

public sealed class MapHubSpotWebhooksTests
{
    [Fact]
    public async Task Answers_200_and_hands_every_event_to_the_handler()
    {
        await using var host = await WebhookTestHost.StartAsync();

        using var response = await host.Client.SendAsync(
            SignedDelivery.Create(WebhookTestHost.Url, SignedDelivery.Events((1, "contact.creation", 10), (2, "deal.deletion", 20))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(1L, WebhookEventKind.Creation, "contacts"), (2L, WebhookEventKind.Deletion, "deals")],
            host.Received.Select(e => (e.EventId, e.Kind, e.ObjectType?.Name)).ToArray());
    }

    [Fact]
    public async Task Runs_the_handler_once_per_event_when_hubspot_delivers_it_again()
    {
        await using var host = await WebhookTestHost.StartAsync();
        var body = SignedDelivery.Events((1, "contact.creation", 10));

        using var first = await host.Client.SendAsync(SignedDelivery.Create(WebhookTestHost.Url, body));
        using var again = await host.Client.SendAsync(SignedDelivery.Create(WebhookTestHost.Url, body.Replace("\"attemptNumber\":0", "\"attemptNumber\":1")));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(host.Received);
    }

    [Fact]
    public async Task Answers_500_when_a_handler_fails_and_runs_only_that_event_on_the_retry()
    {
        await using var host = await WebhookTestHost.StartAsync();
        var body = SignedDelivery.Events((1, "contact.creation", 10), (2, "contact.creation", 11));
        host.FailWhen = e => e.EventId == 2;

        using var failed = await host.Client.SendAsync(SignedDelivery.Create(WebhookTestHost.Url, body));
        host.FailWhen = null;
        using var retried = await host.Client.SendAsync(SignedDelivery.Create(WebhookTestHost.Url, body));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("1 of 2 events failed", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal([1L, 2L], host.Received.Select(e => e.EventId).ToArray());
    }

    [Fact]
    public async Task Answers_401_to_a_tampered_body_without_calling_the_handler()
    {
        await using var host = await WebhookTestHost.StartAsync();
        var request = SignedDelivery.Create(WebhookTestHost.Url, SignedDelivery.Events((1, "contact.creation", 10)));
        request.Content = new StringContent(SignedDelivery.Events((1, "contact.creation", 666)), Encoding.UTF8, "application/json");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Received);
    }

    [Fact]
    public async Task Answers_401_to_an_unsigned_request()
    {
        await using var host = await WebhookTestHost.StartAsync();

        using var response = await host.Client.PostAsync(
            WebhookTestHost.Url, new StringContent(SignedDelivery.Events((1, "contact.creation", 10)), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Received);
    }

    [Fact]
    public async Task Answers_401_to_a_stale_delivery()
    {
        await using var host = await WebhookTestHost.StartAsync();

        using var response = await host.Client.SendAsync(SignedDelivery.Create(
            WebhookTestHost.Url, SignedDelivery.Events((1, "contact.creation", 10)), sentAt: DateTimeOffset.UtcNow.AddMinutes(-6)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Received);
    }

    [Theory]
    [InlineData("{\"eventId\":1}")]
    [InlineData("not json")]
    public async Task Answers_400_to_a_signed_body_that_is_not_an_array_of_events(string body)
    {
        await using var host = await WebhookTestHost.StartAsync();

        using var response = await host.Client.SendAsync(SignedDelivery.Create(WebhookTestHost.Url, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Received);
    }

    [Theory]
    [InlineData("999999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("-1")]
    [InlineData(" 1700000000000")]
    [InlineData("1700000000000,1700000000000")]
    public async Task Answers_401_not_500_to_a_timestamp_it_cannot_use(string timestamp)
    {
        await using var host = await WebhookTestHost.StartAsync();
        var request = SignedDelivery.Create(WebhookTestHost.Url, SignedDelivery.Events((1, "contact.creation", 10)));
        request.Headers.Remove(HubSpotWebhookHeaders.RequestTimestamp);
        request.Headers.TryAddWithoutValidation(HubSpotWebhookHeaders.RequestTimestamp, timestamp);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Received);
    }

    [Theory]
    [InlineData("""[{"eventId":1,"subscriptionType":"contact.creation","occurredAt":999999999999999999}]""")]
    [InlineData("""[{"eventId":1,"subscriptionType":"contact.creation","attemptNumber":99999999999}]""")]
    [InlineData("""[{"eventId":1,"subscriptionType":"contact.propertyChange","propertyName":"firstname","propertyValue":"\udc00"}]""")]
    public async Task Answers_400_not_500_to_a_signed_body_with_a_value_it_cannot_hold(string body)
    {
        await using var host = await WebhookTestHost.StartAsync();

        using var response = await host.Client.SendAsync(SignedDelivery.Create(WebhookTestHost.Url, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(host.Received);
    }

    [Fact]
    public async Task Answers_400_to_more_than_one_hundred_events()
    {
        await using var host = await WebhookTestHost.StartAsync();
        var events = Enumerable.Range(1, 101).Select(id => ((long)id, "contact.creation", (long)id)).ToArray();

        using var response = await host.Client.SendAsync(SignedDelivery.Create(WebhookTestHost.Url, SignedDelivery.Events(events)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than 100 events", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Received);
    }

    [Fact]
    public async Task Answers_413_to_a_body_over_the_limit()
    {
        await using var host = await WebhookTestHost.StartAsync(options => options.MaxBodyBytes = 64);

        using var response = await host.Client.SendAsync(SignedDelivery.Create(
            WebhookTestHost.Url, SignedDelivery.Events((1, "contact.creation", 10), (2, "contact.creation", 11))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Received);
    }

    [Fact]
    public async Task Verifies_against_the_public_uri_behind_a_proxy()
    {
        await using var host = await WebhookTestHost.StartAsync(options => options.PublicBaseUri = new Uri("https://hooks.example.com/crm/"));
        var body = SignedDelivery.Events((1, "contact.creation", 10));

        using var signedForPublicUri = await host.Client.SendAsync(SignedDelivery.Create(
            WebhookTestHost.Url + "?portal=2", body, signedUri: "https://hooks.example.com/crm/hubspot/webhooks?portal=2"));
        using var signedForInternalUri = await host.Client.SendAsync(SignedDelivery.Create(WebhookTestHost.Url, body));

        Assert.Equal(HttpStatusCode.OK, signedForPublicUri.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signedForInternalUri.StatusCode);
    }

    [Fact]
    public async Task Resolves_a_typed_handler_with_its_dependencies()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddHubSpotWebhooks(options => options.ClientSecrets.Add(SignedDelivery.Secret));
        builder.Services.AddSingleton<RecordingHandler.Log>();
        await using var app = builder.Build();
        app.MapHubSpotWebhooks<RecordingHandler>(WebhookTestHost.Route);
        await app.StartAsync();

        using var response = await app.GetTestClient().SendAsync(
            SignedDelivery.Create(WebhookTestHost.Url, SignedDelivery.Events((7, "ticket.creation", 70))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([7L], app.Services.GetRequiredService<RecordingHandler.Log>().EventIds);
    }

    [Fact]
    public void Explains_that_the_services_are_missing()
    {
        var builder = WebApplication.CreateSlimBuilder();
        using var app = (IDisposable)builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => ((WebApplication)app).MapHubSpotWebhooks(WebhookTestHost.Route, (_, _) => Task.CompletedTask));

        Assert.Contains("AddHubSpotWebhooks", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(long.MaxValue)]
    public async Task Refuses_to_start_with_a_body_limit_it_cannot_honour(long maxBodyBytes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddHubSpotWebhooks(options =>
        {
            options.ClientSecrets.Add(SignedDelivery.Secret);
            options.MaxBodyBytes = maxBodyBytes;
        });
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("MaxBodyBytes must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_to_start_without_a_client_secret()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddHubSpotWebhooks();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("No client secret is configured", error.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingHandler(RecordingHandler.Log log) : IHubSpotWebhookHandler
    {
        public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            log.EventIds.Add(webhookEvent.EventId);
            return Task.CompletedTask;
        }

        public sealed class Log
        {
            public List<long> EventIds { get; } = [];
        }
    }
}
