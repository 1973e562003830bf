using Microsoft.Extensions.Time.Testing;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Webhooks;

/// <summary>
/// Deliveries honour the app's <c>throttling</c>: never more than <c>maxConcurrentRequests</c> in flight, nor started in
/// one <c>period</c>. The emulator's clock is manual, so a period only passes when the test says so.
/// </summary>
public sealed class WebhookThrottlingTests : IAsyncDisposable
{
    private const int Limit = 5;

    // 1,000 creations make ten deliveries of 100 events, twice the limit.
    private const int Contacts = 1_000;

    private readonly FakeTimeProvider _clock = new(EmulatorClock.Start);
    private readonly TaskCompletionSource _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _arrived = new(0);
    private WebApplication? _target;
    private HubSpotEmulator? _hub;
    private int _inFlight;
    private int _mostInFlight;
    private int _received;

    [Fact]
    public async Task No_more_requests_than_the_limit_start_in_one_period()
    {
        var http = await StartAsync(holdResponses: false);

        await CreateContactsAsync(http);
        await WaitForRequestsAsync(Limit);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var withinFirstPeriod = Volatile.Read(ref _received);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForRequestsAsync(2 * Limit);

        Assert.Equal(Limit, withinFirstPeriod);
        Assert.Equal(2 * Limit, Volatile.Read(ref _received));
    }

    [Fact]
    public async Task No_more_requests_than_the_limit_are_in_flight_even_when_periods_pass()
    {
        var http = await StartAsync(holdResponses: true);

        await CreateContactsAsync(http);
        await WaitForRequestsAsync(Limit);
        _clock.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var whileHeld = Volatile.Read(ref _received);
        _answer.SetResult();
        await WaitForRequestsAsync(2 * Limit);

        Assert.Equal(Limit, whileHeld);
        Assert.Equal(Limit, Volatile.Read(ref _mostInFlight));
    }

    public async ValueTask DisposeAsync()
    {
        _answer.TrySetResult();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        if (_target is not null)
        {
            await _target.DisposeAsync();
        }

        _arrived.Dispose();
    }

    private async Task<HubSpotHttp> StartAsync(bool holdResponses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _target = builder.Build();
        _target.MapPost("/hook", async (HttpContext context) =>
        {
            var inFlight = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostInFlight, inFlight);
            Interlocked.Increment(ref _received);
            _arrived.Release();
            if (holdResponses)
            {
                await _answer.Task;
            }

            Interlocked.Decrement(ref _inFlight);
            return Results.Ok();
        });
        await _target.StartAsync();
        var address = _target.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var options = new HubSpotEmulatorOptions { TimeProvider = _clock };
        options.RateLimits.Enabled = false;
        options.Webhooks.BatchWindow = TimeSpan.FromMilliseconds(200);
        _hub = await HubSpotEmulator.StartAsync(options);
        var http = new HubSpotHttp(_hub);
        var app = $"/webhooks/v3/{options.Webhooks.AppId}";
        var settings = await http.PutAsync($"{app}/settings",
            $$$"""{"targetUrl":"{{{address.TrimEnd('/')}}}/hook","throttling":{"maxConcurrentRequests":{{{Limit}}},"period":"SECONDLY"}}""");
        var subscription = await http.PostAsync($"{app}/subscriptions", """{"eventType":"contact.creation","active":true}""");
        Assert.Equal(HttpStatusCode.OK, settings.Status);
        Assert.Equal(HttpStatusCode.Created, subscription.Status);
        return http;
    }

    private static async Task CreateContactsAsync(HubSpotHttp http)
    {
        for (var batch = 0; batch < Contacts / 100; batch++)
        {
            var inputs = string.Join(",", Enumerable.Range(0, 100).Select(_ => $$$"""{"properties":{"email":"{{{Unique.Email("throttled")}}}"}}"""));
            var response = await http.PostAsync("/crm/v3/objects/contacts/batch/create", $$"""{"inputs":[{{inputs}}]}""");
            Assert.Equal(HttpStatusCode.Created, response.Status);
        }
    }

    private async Task WaitForRequestsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Volatile.Read(ref _received) < count)
        {
            await _arrived.WaitAsync(timeout.Token);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
