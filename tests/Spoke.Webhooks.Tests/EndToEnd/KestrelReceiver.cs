using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spoke.AspNetCore.Webhooks;
using Spoke.Webhooks.Events;
using Spoke.Webhooks.Tests.Support;

namespace Spoke.Webhooks.Tests.EndToEnd;

/// <summary>
/// A webhook receiver on Kestrel at 127.0.0.1, as an app would run it. It records every handled event and, unless told
/// not to, every delivery (reading the body first), and can answer the first deliveries with 503 so the sender has to retry.
/// </summary>
internal sealed class KestrelReceiver : IAsyncDisposable
{
    public const string Route = "/hubspot/webhooks";

    private readonly WebApplication _app;
    private int _deliveriesToFail;

    private KestrelReceiver(WebApplication app, ShiftedClock clock, int deliveriesToFail)
    {
        _app = app;
        Clock = clock;
        _deliveriesToFail = deliveriesToFail;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>The clock the receiver's verifier reads; shift it to replay or pre-date deliveries.</summary>
    public ShiftedClock Clock { get; }

    public ConcurrentQueue<WebhookEvent> Handled { get; } = new();

    public ConcurrentQueue<RecordedDelivery> Deliveries { get; } = new();

    public static async Task<KestrelReceiver> StartAsync(
        string clientSecret,
        int deliveriesToFail = 0,
        bool recordDeliveries = true,
        Action<HubSpotWebhookOptions>? configure = null,
        Action<KestrelServerOptions>? configureKestrel = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            configureKestrel?.Invoke(kestrel);
        });
        builder.Logging.ClearProviders();
        var clock = new ShiftedClock();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddHubSpotWebhooks(options =>
        {
            options.ClientSecrets.Add(clientSecret);
            configure?.Invoke(options);
        });

        var app = builder.Build();
        var receiver = new KestrelReceiver(app, clock, deliveriesToFail);
        if (recordDeliveries)
        {
            app.Use(receiver.RecordAsync);
        }

        app.MapHubSpotWebhooks(Route, (webhookEvent, _) =>
        {
            receiver.Handled.Enqueue(webhookEvent);
            return Task.CompletedTask;
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + Route);
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
        context.Request.Body.Position = 0;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        if (Interlocked.Decrement(ref _deliveriesToFail) >= 0)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        else
        {
            await next(context);
        }

        Deliveries.Enqueue(new RecordedDelivery(copy.ToArray(), headers, context.Response.StatusCode));
    }
}
