using System.Collections.Concurrent;
using System.Text;
using Spoke.Webhooks;

namespace Spoke.Redis.Tests;

/// <summary>Two webhook receivers behind one endpoint, each with its own Redis connection, sharing one idempotency store.</summary>
public sealed class WebhookIdempotencyTests : RedisTest
{
    private const string Secret = "client-secret";
    private const string Uri = "https://hooks.example.com/hubspot";
    [Fact]
    public async Task Two_receivers_given_every_delivery_twice_at_onceRun_each_event_once()
    {
        using var first = await ConnectAsync();
        using var second = await ConnectAsync();
        var receivers = new[] { Receiver(new RedisWebhookIdempotencyStore(first, $"spoke:webhook:{Run}:")), Receiver(new RedisWebhookIdempotencyStore(second, $"spoke:webhook:{Run}:")) };
        var handled = new ConcurrentBag<long>();
        WebhookEventHandler handler = async (webhookEvent, token) =>
        {
            await Task.Yield();
            handled.Add(webhookEvent.EventId);
        };
        var deliveries = Enumerable.Range(0, 50).Select(delivery => Delivery(Enumerable.Range(delivery * 10, 10))).ToList();

        // HubSpot retries, and a load balancer may hand the same delivery to both receivers at once.
        await Task.WhenAll(deliveries.SelectMany(delivery => receivers.Select(receiver => receiver.ReceiveAsync(delivery, handler))));
        await Task.WhenAll(deliveries.Select(delivery => receivers[1].ReceiveAsync(delivery, handler)));

        Assert.Equal(500, handled.Count);
        Assert.Equal(500, handled.Distinct().Count());
    }

    [Fact]
    public async Task An_event_whose_handler_failed_is_handled_again_on_the_retry_by_the_other_receiver()
    {
        using var first = await ConnectAsync();
        using var second = await ConnectAsync();
        var failing = Receiver(new RedisWebhookIdempotencyStore(first, $"spoke:webhook:{Run}:"));
        var healthy = Receiver(new RedisWebhookIdempotencyStore(second, $"spoke:webhook:{Run}:"));
        var delivery = Delivery([7]);
        var handled = 0;

        await failing.ReceiveAsync(delivery, (_, _) => throw new InvalidOperationException("downstream is down"));
        await healthy.ReceiveAsync(delivery, (_, _) => { Interlocked.Increment(ref handled); return Task.CompletedTask; });
        await healthy.ReceiveAsync(delivery, (_, _) => { Interlocked.Increment(ref handled); return Task.CompletedTask; });

        Assert.Equal(1, handled);
    }

    private static HubSpotWebhookReceiver Receiver(IWebhookIdempotencyStore store)
    {
        var options = new WebhookVerifierOptions();
        options.ClientSecrets.Add(Secret);
        return new HubSpotWebhookReceiver(options, store);
    }

    private static WebhookRequest Delivery(IEnumerable<int> eventIds)
    {
        var events = eventIds.Select(id =>
            $$"""{"eventId":{{id}},"subscriptionId":12345,"portalId":62515,"appId":54321,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":{{1000 + id}},"changeSource":"CRM","changeFlag":"NEW"}""");
        var body = Encoding.UTF8.GetBytes("[" + string.Join(',', events) + "]");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new WebhookRequest("POST", Uri, body)
        {
            SignatureV3 = HubSpotWebhookSigner.SignV3(Secret, "POST", Uri, body, timestamp),
            RequestTimestamp = timestamp,
        };
    }
}
