using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using System.Text;
using Spoke.Webhooks;
using Spoke.Webhooks.Tests.Support;

namespace Spoke.Webhooks.Tests.Receiving;

public sealed class HubSpotWebhookReceiverTests
{
    private const string Uri = "https://hooks.example.com/hubspot/webhooks";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);

    [Fact]
    public async Task Runs_the_handler_once_for_an_event_listed_twice_in_one_delivery()
    {
        var receiver = Receiver();
        var handled = new List<long>();

        var result = await receiver.ReceiveAsync(
            Signed(SignedDelivery.Events((1, "contact.creation", 10), (1, "contact.creation", 10), (2, "contact.creation", 10))),
            Record(handled));

        Assert.Equal(WebhookReceiveStatus.Accepted, result.Status);
        Assert.Equal(200, result.HttpStatusCode);
        Assert.Equal((3, 2, 1, 0), (result.EventCount, result.HandledCount, result.DuplicateCount, result.FailedCount));
        Assert.Equal([1L, 2L], handled);
    }

    [Fact]
    public async Task Reports_why_a_delivery_was_refused()
    {
        var result = await Receiver().ReceiveAsync(Signed("[]", secret: "wrong"), Record([]));

        Assert.Equal(WebhookReceiveStatus.Unauthorized, result.Status);
        Assert.Equal(WebhookVerificationFailure.SignatureMismatch, result.VerificationFailure);
        Assert.Equal(401, result.HttpStatusCode);
    }

    [Fact]
    public async Task Leaves_an_event_for_the_retry_when_the_request_is_aborted()
    {
        var store = new InMemoryWebhookIdempotencyStore();
        var receiver = Receiver(store);
        using var aborted = new CancellationTokenSource();
        var request = Signed(SignedDelivery.Events((1, "contact.creation", 10)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receiver.ReceiveAsync(request, (_, ct) =>
        {
            aborted.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }, aborted.Token));

        var handled = new List<long>();
        await receiver.ReceiveAsync(request, Record(handled));
        Assert.Equal([1L], handled);
    }

    private static HubSpotWebhookReceiver Receiver(IWebhookIdempotencyStore? store = null) =>
        new(new WebhookVerifierOptions { ClientSecrets = { SignedDelivery.Secret } }, store, new FakeTimeProvider(Now));

    private static WebhookEventHandler Record(List<long> handled) => (webhookEvent, _) =>
    {
        handled.Add(webhookEvent.EventId);
        return Task.CompletedTask;
    };

    private static WebhookRequest Signed(string body, string secret = SignedDelivery.Secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return new WebhookRequest("POST", Uri, bytes)
        {
            SignatureV3 = HubSpotWebhookSigner.SignV3(secret, "POST", Uri, bytes, timestamp),
            RequestTimestamp = timestamp,
        };
    }
}
