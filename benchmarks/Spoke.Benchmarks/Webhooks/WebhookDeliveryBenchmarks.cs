using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Spoke.Webhooks;

namespace Spoke.Benchmarks.Webhooks;

/// <summary>
/// Verifying and parsing one full delivery (100 events, about 26 KB, the mix a CRM sync produces), the work a
/// receiver does before its handler runs.
/// </summary>
[MemoryDiagnoser]
public class WebhookDeliveryBenchmarks
{
    private const string Secret = "benchmark-client-secret";
    private const string Uri = "https://hooks.example.com/hubspot/webhooks";
    private const long SentAt = 1_700_000_000_000;

    private HubSpotWebhookVerifier _verifier = null!;
    private WebhookRequest _request = null!;

    /// <summary>The size of the delivery body, for the allocation-to-payload comparison.</summary>
    public int BodyBytes => _request.Body.Length;

    [GlobalSetup]
    public void Setup()
    {
        var body = Encoding.UTF8.GetBytes(DeliveryBody(WebhookEventParser.MaxEventsPerDelivery));
        var timestamp = SentAt.ToString(CultureInfo.InvariantCulture);
        _request = new WebhookRequest("POST", Uri, body)
        {
            SignatureV3 = HubSpotWebhookSigner.SignV3(Secret, "POST", Uri, body, timestamp),
            RequestTimestamp = timestamp,
        };
        var options = new WebhookVerifierOptions { ClientSecrets = { Secret } };
        _verifier = new HubSpotWebhookVerifier(options, new FixedClock(DateTimeOffset.FromUnixTimeMilliseconds(SentAt)));
        if (!_verifier.Verify(_request).IsValid)
        {
            throw new InvalidOperationException("The benchmark delivery does not verify.");
        }
    }

    /// <summary>The v3 signature and replay window only.</summary>
    [Benchmark]
    public bool Verify() => _verifier.Verify(_request).IsValid;

    /// <summary>Parsing only.</summary>
    [Benchmark]
    public int Parse() => WebhookEventParser.Parse(_request.Body.Span).Count;

    /// <summary>Both, as every delivery goes through them.</summary>
    [Benchmark(Baseline = true)]
    public int VerifyAndParse()
    {
        if (!_verifier.Verify(_request).IsValid)
        {
            return -1;
        }

        var events = WebhookEventParser.Parse(_request.Body.Span);
        return events[^1].Kind == WebhookEventKind.Unknown ? -1 : events.Count;
    }

    private static string DeliveryBody(int count)
    {
        var events = Enumerable.Range(1, count).Select(i => (i % 4) switch
        {
            0 => $$"""{"eventId":{{4_000_000 + i}},"subscriptionId":2381,"portalId":8675309,"appId":1234567,"occurredAt":{{SentAt - i}},"subscriptionType":"contact.creation","attemptNumber":0,"objectId":{{9_000 + i}},"changeFlag":"NEW","changeSource":"CRM_UI","sourceId":"userId:882761034"}""",
            1 => $$"""{"eventId":{{4_000_000 + i}},"subscriptionId":2382,"portalId":8675309,"appId":1234567,"occurredAt":{{SentAt - i}},"subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":{{7_000 + i}},"propertyName":"dealstage","propertyValue":"closedwon","changeSource":"API","sourceId":"userId:882761034"}""",
            2 => $$"""{"eventId":{{4_000_000 + i}},"subscriptionId":2383,"portalId":8675309,"appId":1234567,"occurredAt":{{SentAt - i}},"subscriptionType":"contact.propertyChange","attemptNumber":1,"objectId":{{9_000 + i}},"propertyName":"email","propertyValue":"person{{i}}@example.com","changeSource":"IMPORT","isSensitive":false}""",
            _ => $$"""{"eventId":{{4_000_000 + i}},"subscriptionId":2384,"portalId":8675309,"appId":1234567,"occurredAt":{{SentAt - i}},"subscriptionType":"contact.associationChange","attemptNumber":0,"changeSource":"USER","associationType":"CONTACT_TO_COMPANY","fromObjectId":{{9_000 + i}},"toObjectId":{{5_000 + i}},"associationRemoved":false,"isPrimaryAssociation":true}""",
        });
        return "[" + string.Join(',', events) + "]";
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
