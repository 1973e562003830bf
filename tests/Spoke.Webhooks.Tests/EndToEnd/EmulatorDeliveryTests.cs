using System.Net;
using System.Net.Http.Json;
using Spoke.Emulator;
using Spoke.Webhooks;
using Spoke.Webhooks.Tests.HubSpot;

namespace Spoke.Webhooks.Tests.EndToEnd;

/// <summary>
/// The whole loop on one machine: records are written through <see cref="HubSpotClient"/>; the emulator holds the
/// subscriptions and POSTs signed, batched deliveries (with retries and injected duplicates) to a receiver on Kestrel,
/// which verifies them and runs its handler once per event.
/// </summary>
public sealed class EmulatorDeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private HubSpotEmulator _hub = null!;
    private KestrelReceiver _receiver = null!;
    private HttpClient _api = null!;
    private HubSpotClient _client = null!;

    public async Task InitializeAsync()
    {
        var options = new HubSpotEmulatorOptions();
        options.Webhooks.RetryDelay = TimeSpan.FromMilliseconds(20);
        options.Webhooks.BatchWindow = TimeSpan.FromMilliseconds(50);
        options.Webhooks.DuplicateDeliveryRate = 1;
        _hub = await HubSpotEmulator.StartAsync(options);
        _receiver = await KestrelReceiver.StartAsync(options.Webhooks.ClientSecret, deliveriesToFail: 1);
        _api = _hub.CreateClient();
        _client = new HubSpotClient(new HttpClient(_hub.CreateHandler()), new HubSpotClientOptions { AccessToken = _hub.AccessToken, BaseAddress = _hub.BaseAddress });

        var app = $"/webhooks/v3/{options.Webhooks.AppId}";
        await Send(HttpMethod.Put, $"{app}/settings", new { targetUrl = _receiver.Url.AbsoluteUri, throttling = new { maxConcurrentRequests = 10, period = "SECONDLY" } });
        await Send(HttpMethod.Post, $"{app}/subscriptions", new { eventType = "deal.creation", active = true });
        await Send(HttpMethod.Post, $"{app}/subscriptions", new { eventType = "deal.propertyChange", propertyName = "dealstage", active = true });
        await Send(HttpMethod.Post, $"{app}/subscriptions", new { eventType = "deal.propertyChange", propertyName = "dealtype", active = true });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _api.Dispose();
        await _hub.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_created_and_updated_deal_reaches_the_handler_verified_typed_and_exactly_once()
    {
        var dealId = await CreateDealAsync(DealPipelines.Sales.AppointmentScheduled);
        await WaitUntil(() => _receiver.Handled.Count >= 3);
        await _client.UpdateAsync(dealId.ToString(System.Globalization.CultureInfo.InvariantCulture), new DealInput { DealStage = DealPipelines.Sales.ClosedWon, DealType = new Picklist<DealType>(DealType.ExistingBusiness) });
        await WaitUntil(() => _receiver.Handled.Count >= 5 && DeliveredEvents().Count(e => e.PropertyChange?.Value == "closedwon") >= 2);

        var handled = _receiver.Handled.ToArray();
        Assert.Equal(handled.Length, handled.Select(e => e.Key).Distinct().Count());
        Assert.All(handled, e => Assert.Equal(dealId, e.ObjectId));
        Assert.All(handled, e => Assert.Equal(CrmObjectType.Deals, e.ObjectType));
        Assert.Single(handled, e => e.Kind == WebhookEventKind.Creation);
        Assert.Equal(
            ["appointmentscheduled", "closedwon"],
            handled.Where(e => e.PropertyChange?.Name == Deal.Properties.DealStage).OrderBy(e => e.EventId).Select(e => e.PropertyChange!.Value));
        var dealTypes = handled.OrderBy(e => e.EventId).Select(DealTypeOf).OfType<DealType>();
        Assert.Equal([DealType.NewBusiness, DealType.ExistingBusiness], dealTypes);

        // The first delivery was answered 503 and retried; every successful one was sent twice.
        Assert.Contains(_receiver.Deliveries, d => d.Status == (int)HttpStatusCode.ServiceUnavailable);
        Assert.Contains(handled, e => e.AttemptNumber > 0);
        Assert.True(DeliveredEvents().Count > handled.Length, "the emulator should have delivered duplicates");
        Assert.All(_receiver.Deliveries, d => Assert.Contains(d.Status, new[] { 200, 503 }));
    }

    [Fact]
    public async Task Tampered_replayed_future_and_wrongly_signed_deliveries_are_refused()
    {
        await CreateDealAsync(DealPipelines.Sales.AppointmentScheduled);
        await WaitUntil(() => _receiver.Deliveries.Any(d => d.Status == 200));
        var genuine = _receiver.Deliveries.First(d => d.Status == 200);
        var handledBefore = _receiver.Handled.Count;

        var tampered = genuine.Body.ToArray();
        tampered[^3] ^= 1;
        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(genuine, tampered));

        _receiver.Clock.Offset = TimeSpan.FromMinutes(6);
        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(genuine, genuine.Body));

        _receiver.Clock.Offset = TimeSpan.FromMinutes(-6);
        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(genuine, genuine.Body));

        _receiver.Clock.Offset = TimeSpan.Zero;
        var signedWithAnotherSecret = new Dictionary<string, string>(genuine.Headers, StringComparer.OrdinalIgnoreCase)
        {
            ["X-HubSpot-Signature-v3"] = Spoke.Webhooks.HubSpotWebhookSigner.SignV3(
                "not-the-app-secret", "POST", _receiver.Url.AbsoluteUri, genuine.Body, genuine.Headers["X-HubSpot-Request-Timestamp"]),
        };
        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(genuine with { Headers = signedWithAnotherSecret }, genuine.Body));

        Assert.Equal(handledBefore, _receiver.Handled.Count);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(genuine, genuine.Body));
        Assert.Equal(handledBefore, _receiver.Handled.Count);
    }

    private static DealType? DealTypeOf(WebhookEvent webhookEvent) =>
        webhookEvent.TryGetPropertyValue<Deal, Picklist<DealType>>(Deal.Properties.DealType, out var dealType) ? dealType.Value : null;

    private async Task<long> CreateDealAsync(DealPipelines.Stage stage)
    {
        var created = await _client.CreateAsync(new DealInput
        {
            DealName = "Webhook test",
            DealStage = stage,
            DealType = new Picklist<DealType>(DealType.NewBusiness),
            Pipeline = DealPipelines.Sales.Id,
        });
        return long.Parse(created.Id, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, object body)
    {
        var response = await _api.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private async Task<HttpStatusCode> ReplayAsync(RecordedDelivery delivery, byte[] body)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _receiver.Url) { Content = new ByteArrayContent(body) };
        foreach (var name in new[] { "X-HubSpot-Signature-v3", "X-HubSpot-Request-Timestamp", "X-HubSpot-Signature", "X-HubSpot-Signature-Version" })
        {
            request.Headers.Add(name, delivery.Headers[name]);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private List<WebhookEvent> DeliveredEvents() =>
        [.. _receiver.Deliveries.Where(d => d.Status == 200).SelectMany(d => WebhookEventParser.Parse(d.Body))];

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
