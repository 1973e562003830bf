using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spoke.AspNetCore.Webhooks;
using Spoke.Webhooks;

namespace Spoke.Webhooks.Tests.Support;

/// <summary>A minimal app under TestServer with one webhook endpoint that records what its handler saw.</summary>
internal sealed class WebhookTestHost : IAsyncDisposable
{
    public const string Route = "/hubspot/webhooks";

    private readonly WebApplication _app;

    private WebhookTestHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public ConcurrentQueue<WebhookEvent> Received { get; } = new();

    /// <summary>When set, the handler throws for events it returns true for.</summary>
    public Func<WebhookEvent, bool>? FailWhen { get; set; }

    public static string Url => "http://localhost" + Route;

    public static async Task<WebhookTestHost> StartAsync(Action<HubSpotWebhookOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddHubSpotWebhooks(options =>
        {
            options.ClientSecrets.Add(SignedDelivery.Secret);
            configure?.Invoke(options);
        });

        var app = builder.Build();
        WebhookTestHost? host = null;
        app.MapHubSpotWebhooks(Route, (webhookEvent, _) =>
        {
            if (host!.FailWhen?.Invoke(webhookEvent) == true)
            {
                throw new InvalidOperationException("The handler failed on purpose.");
            }

            host.Received.Enqueue(webhookEvent);
            return Task.CompletedTask;
        });
        await app.StartAsync();
        host = new WebhookTestHost(app, app.GetTestClient());
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
