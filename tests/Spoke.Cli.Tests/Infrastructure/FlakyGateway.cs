using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spoke.Emulator;

namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>
/// A gateway in front of the emulator, on a loopback socket of its own, as a load balancer stands in front of HubSpot: it answers
/// the first requests with the scripted answers (a 429, an HTML 502, ...), in order, then passes every request to the emulator.
/// </summary>
public sealed class FlakyGateway : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient emulator;
    private readonly ConcurrentQueue<ScriptedAnswer> script;
    private int requests;

    private FlakyGateway(WebApplication app, HttpClient emulator, IEnumerable<ScriptedAnswer> script)
    {
        this.app = app;
        this.emulator = emulator;
        this.script = new ConcurrentQueue<ScriptedAnswer>(script);
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>How many requests reached the gateway.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Answers the first requests with <paramref name="script"/>, in order, then forwards to <paramref name="hub"/>.</summary>
    public static async Task<FlakyGateway> StartAsync(HubSpotEmulator hub, params ScriptedAnswer[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FlakyGateway(app, new HttpClient(hub.CreateHandler()) { BaseAddress = hub.BaseAddress }, script);
        app.Run(gateway.AnswerAsync);
        await app.StartAsync();
        gateway.BaseUrl = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        emulator.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        if (script.TryDequeue(out var answer))
        {
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.WriteAsync(answer.Body);
            return;
        }

        using var forwarded = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
        forwarded.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
        using var response = await emulator.SendAsync(forwarded);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(context.Response.Body);
    }
}

/// <summary>One answer the gateway gives instead of the emulator's.</summary>
public sealed record ScriptedAnswer(int Status, string ContentType, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>HubSpot's 429 for the ten-second window, asking for no wait.</summary>
    public static ScriptedAnswer RateLimited { get; } = new(
        429,
        "application/json",
        """{"status":"error","message":"You have reached your ten secondly limit.","errorType":"RATE_LIMIT","correlationId":"c0ffee00-0000-0000-0000-000000000429","policyName":"TEN_SECONDLY_ROLLING"}""",
        new Dictionary<string, string> { ["Retry-After"] = "0" });

    /// <summary>A load balancer's HTML 502: no HubSpot error body at all.</summary>
    public static ScriptedAnswer BadGatewayPage { get; } = new(502, "text/html", "<html><body><h1>502 Bad Gateway</h1><p>upstream connect error</p></body></html>");
}
