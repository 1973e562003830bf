using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Spoke.Testing;
using Spoke.Webhooks.Parsing;
using Spoke.Webhooks.Signatures;
using Spoke.Webhooks.Tests.Support;
using Xunit.Abstractions;

namespace Spoke.Webhooks.Tests.EndToEnd;

/// <summary>
/// Whatever reaches the endpoint over a real socket gets a 4xx in the problem shape or a 200, never a 500, and no event
/// reaches the handler unless its delivery was genuinely signed and fresh.
/// </summary>
public sealed class HostileDeliveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int MaxBodyBytes = 16 * 1024;
    private const int FuzzedDeliveriesPerSeed = 400;

    private KestrelReceiver _receiver = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _receiver = await KestrelReceiver.StartAsync(
            SignedDelivery.Secret,
            recordDeliveries: false,
            configure: options => options.MaxBodyBytes = MaxBodyBytes,
            configureKestrel: kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(2)));
        _client = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public Task Fuzzed_deliveries_with_the_fixed_seed() => FuzzAsync(20261212);

    [Fact]
    public Task Fuzzed_deliveries_with_a_new_seed_each_run()
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"Seed {seed}: rerun with Fuzzed_deliveries_with_the_fixed_seed's FuzzAsync({seed}) to reproduce.");
        return FuzzAsync(seed);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_413_before_the_body_arrives()
    {
        var response = await RawHttp.SendAsync(_receiver.Url, SignedHead(("Content-Length", "100000000")));

        AssertProblem(HttpStatusCode.RequestEntityTooLarge, response);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        var body = Encoding.UTF8.GetBytes("[" + new string(' ', MaxBodyBytes * 2) + "]");

        var response = await RawHttp.SendAsync(_receiver.Url, SignedHead(body, ("Transfer-Encoding", "chunked")), RawHttp.Chunked(body));

        AssertProblem(HttpStatusCode.RequestEntityTooLarge, response);
    }

    [Theory]
    [InlineData("zz\r\n[]\r\n0\r\n\r\n")]
    [InlineData("ffffffffffffffffff\r\n[]")]
    [InlineData("2\r\n[]XX0\r\n\r\n")]
    public async Task A_bad_chunk_is_400(string chunks)
    {
        var response = await RawHttp.SendAsync(_receiver.Url, SignedHead("[]"u8.ToArray(), ("Transfer-Encoding", "chunked")), Encoding.ASCII.GetBytes(chunks));

        AssertProblem(HttpStatusCode.BadRequest, response);
    }

    [Fact]
    public async Task A_body_that_stalls_is_408()
    {
        var body = Encoding.UTF8.GetBytes(SignedDelivery.Events((1, "contact.creation", 10)));
        var head = SignedHead(body, ("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture)));

        var response = await RawHttp.SendAsync(_receiver.Url, [[.. head, .. body[..5]], body[5..]], pauseBetweenParts: TimeSpan.FromSeconds(4));

        AssertProblem(HttpStatusCode.RequestTimeout, response);
    }

    [Fact]
    public async Task A_body_cut_off_by_the_client_leaves_the_endpoint_serving()
    {
        var body = Encoding.UTF8.GetBytes(SignedDelivery.Events((1, "contact.creation", 10)));
        using (var tcp = new System.Net.Sockets.TcpClient())
        {
            await tcp.ConnectAsync(_receiver.Url.Host, _receiver.Url.Port);
            await tcp.GetStream().WriteAsync(SignedHead(body, ("Content-Length", "5000")).Concat(body[..10]).ToArray());
        }

        using var next = await _client.SendAsync(SignedDelivery.Create(_receiver.Url.AbsoluteUri, SignedDelivery.Events((2, "contact.creation", 20))));

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal([2L], _receiver.Handled.Select(e => e.EventId));
    }

    [Theory]
    [InlineData(HubSpotWebhookHeaders.RequestTimestamp)]
    [InlineData(HubSpotWebhookHeaders.SignatureV3)]
    public async Task A_signature_header_sent_twice_is_401(string repeated)
    {
        var body = Encoding.UTF8.GetBytes(SignedDelivery.Events((1, "contact.creation", 10)));
        var (timestamp, signature) = Sign(body);
        var value = repeated == HubSpotWebhookHeaders.RequestTimestamp ? timestamp : signature;
        var head = RawHttp.Head("POST", _receiver.Url,
            (HubSpotWebhookHeaders.RequestTimestamp, timestamp),
            (HubSpotWebhookHeaders.SignatureV3, signature),
            (repeated, value),
            ("Content-Type", "application/json"),
            ("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture)));

        var response = await RawHttp.SendAsync(_receiver.Url, head, body);

        AssertProblem(HttpStatusCode.Unauthorized, response);
        Assert.Empty(_receiver.Handled);
    }

    [Fact]
    public async Task Header_bytes_outside_ascii_are_refused_without_a_500()
    {
        var head = Encoding.Latin1.GetBytes(
            $"POST {_receiver.Url.PathAndQuery} HTTP/1.1\r\nHost: {_receiver.Url.Authority}\r\nConnection: close\r\n" +
            $"{HubSpotWebhookHeaders.RequestTimestamp}: 17\u00e90\r\n{HubSpotWebhookHeaders.SignatureV3}: \u00ff\u00fe==\r\nContent-Length: 2\r\n\r\n");

        var response = await RawHttp.SendAsync(_receiver.Url, head, "[]"u8.ToArray());

        // Kestrel refuses such a header itself, before any application code runs.
        Assert.Equal((int)HttpStatusCode.BadRequest, response.Status);
        Assert.Empty(_receiver.Handled);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_refused_without_a_500(string method)
    {
        var response = await RawHttp.SendAsync(_receiver.Url, RawHttp.Head(method, _receiver.Url, ("Content-Length", "0")));

        Assert.Equal((int)HttpStatusCode.MethodNotAllowed, response.Status);
    }

    private async Task FuzzAsync(int seed)
    {
        var fuzzer = new DeliveryFuzzer(seed, _receiver.Url.AbsoluteUri, MaxBodyBytes);
        for (var index = 0; index < FuzzedDeliveriesPerSeed; index++)
        {
            var delivery = fuzzer.Next();
            var context = $"seed {seed}, delivery {index}: {delivery.Description}";
            var handledBefore = _receiver.Handled.Count;

            using var response = await _client.SendAsync(Request(delivery));
            var status = (int)response.StatusCode;
            var handled = _receiver.Handled.Skip(handledBefore).Select(e => e.EventId).ToList();

            Assert.True(status < 500, $"{context}: answered {status} {await response.Content.ReadAsStringAsync()}");
            if (status != 200)
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{context}: {status} without a problem body");
                Assert.True(handled.Count == 0, $"{context}: {handled.Count} events reached the handler of a refused delivery");
            }

            if (delivery.Body.Length > MaxBodyBytes)
            {
                Assert.True(status == 413, $"{context}: answered {status} to a body over the limit");
            }
            else if (!delivery.IsAuthentic)
            {
                Assert.True(status == 401, $"{context}: answered {status} to a delivery that is not genuinely signed");
            }
            else
            {
                var expected = TryParse(delivery.Body);
                Assert.True(status == (expected is null ? 400 : 200), $"{context}: answered {status}; the body {(expected is null ? "does not" : "does")} parse");
                Assert.True(handled.All(id => expected!.Contains(id)), $"{context}: the handler saw an event the delivery does not hold");
            }
        }
    }

    private HttpRequestMessage Request(FuzzedDelivery delivery)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _receiver.Url) { Content = new ByteArrayContent(delivery.Body) };
        if (delivery.ContentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", delivery.ContentType);
        }
        foreach (var (name, value) in delivery.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static HashSet<long>? TryParse(byte[] body)
    {
        try
        {
            return [.. WebhookEventParser.Parse(body).Select(e => e.EventId)];
        }
        catch (WebhookPayloadException)
        {
            return null;
        }
    }

    private (string Timestamp, string Signature) Sign(byte[] body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return (timestamp, HubSpotWebhookSigner.SignV3(SignedDelivery.Secret, "POST", _receiver.Url.AbsoluteUri, body, timestamp));
    }

    private byte[] SignedHead(params (string Name, string Value)[] headers) => SignedHead([], headers);

    private byte[] SignedHead(byte[] body, params (string Name, string Value)[] headers)
    {
        var (timestamp, signature) = Sign(body);
        return RawHttp.Head("POST", _receiver.Url,
            [(HubSpotWebhookHeaders.RequestTimestamp, timestamp), (HubSpotWebhookHeaders.SignatureV3, signature), ("Content-Type", "application/json"), .. headers]);
    }

    private static void AssertProblem(HttpStatusCode expected, RawHttpResponse response)
    {
        Assert.True((int)expected == response.Status, $"Expected {(int)expected}, got {response.Status}: {response.Text}");
        Assert.StartsWith("application/problem+json", response.ContentType, StringComparison.Ordinal);
        Assert.Contains("\"status\":" + (int)expected, response.Text, StringComparison.Ordinal);
    }
}
