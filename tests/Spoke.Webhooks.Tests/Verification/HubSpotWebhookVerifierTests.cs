using System.Text;
using Spoke.Webhooks.Signatures;
using Spoke.Webhooks.Tests.Support;
using Spoke.Webhooks.Verification;

namespace Spoke.Webhooks.Tests.Verification;

public sealed class HubSpotWebhookVerifierTests
{
    private const string Secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private const string Uri = "https://www.example.com/webhook_uri";
    private const long SentAt = 1_700_000_000_000;

    private static readonly byte[] Body = """[{"eventId":1,"subscriptionType":"contact.creation","objectId":123}]"""u8.ToArray();

    [Fact]
    public void Accepts_hubspots_published_v3_vector()
    {
        var verifier = Verifier(ManualClock.AtUnixMilliseconds(15_000_000));
        var request = new WebhookRequest("POST", Uri, Encoding.UTF8.GetBytes("{'example_field':'example_value'}"))
        {
            SignatureV3 = "HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=",
            RequestTimestamp = "15000000",
        };

        var result = verifier.Verify(request);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(WebhookSignatureVersion.V3, result.Version);
    }

    [Fact]
    public void Accepts_a_delivery_signed_with_any_configured_secret()
    {
        var options = new WebhookVerifierOptions { ClientSecrets = { "old-secret", "new-secret" } };
        var verifier = new HubSpotWebhookVerifier(options, ManualClock.AtUnixMilliseconds(SentAt));

        Assert.True(verifier.Verify(SignedV3("old-secret")).IsValid);
        Assert.True(verifier.Verify(SignedV3("new-secret")).IsValid);
        Assert.Equal(WebhookVerificationFailure.SignatureMismatch, verifier.Verify(SignedV3("retired-secret")).Failure);
    }

    [Fact]
    public void Rejects_a_wrong_secret() =>
        AssertFails(WebhookVerificationFailure.SignatureMismatch, Verifier().Verify(SignedV3("not-the-secret")));

    [Fact]
    public void Rejects_a_tampered_body()
    {
        var tampered = SignedV3(Secret) with { Body = """[{"eventId":1,"subscriptionType":"contact.creation","objectId":124}]"""u8.ToArray() };

        AssertFails(WebhookVerificationFailure.SignatureMismatch, Verifier().Verify(tampered));
    }

    [Fact]
    public void Rejects_a_different_uri() =>
        AssertFails(WebhookVerificationFailure.SignatureMismatch, Verifier().Verify(SignedV3(Secret) with { Uri = "http://www.example.com/webhook_uri" }));

    [Fact]
    public void Rejects_a_request_without_any_signature() =>
        AssertFails(WebhookVerificationFailure.MissingSignature, Verifier().Verify(new WebhookRequest("POST", Uri, Body)));

    [Fact]
    public void Rejects_a_v3_signature_without_timestamp() =>
        AssertFails(WebhookVerificationFailure.MissingTimestamp, Verifier().Verify(SignedV3(Secret) with { RequestTimestamp = null }));

    [Theory]
    [InlineData("1700000000000.0")]
    [InlineData("-1700000000000")]
    [InlineData("soon")]
    [InlineData("99999999999999999999999")]
    public void Rejects_a_malformed_timestamp(string timestamp) =>
        AssertFails(WebhookVerificationFailure.MalformedTimestamp, Verifier().Verify(SignedV3(Secret, timestamp)));

    [Theory]
    [InlineData("999999999999999", WebhookVerificationFailure.FutureTimestamp)]
    [InlineData("9223372036854775807", WebhookVerificationFailure.FutureTimestamp)]
    [InlineData("0", WebhookVerificationFailure.StaleTimestamp)]
    public void Judges_a_timestamp_far_outside_the_window_without_overflowing(string timestamp, WebhookVerificationFailure expected)
    {
        AssertFails(expected, Verifier().Verify(SignedV3(Secret, timestamp)));
        AssertFails(expected, Verifier().Verify(SignedV3(Secret, timestamp) with { SignatureV3 = "not a signature" }));
    }

    [Fact]
    public void Measures_the_window_without_overflowing_at_the_ends_of_the_clock_and_the_tolerance()
    {
        var options = new WebhookVerifierOptions { ClientSecrets = { Secret }, TimestampTolerance = TimeSpan.MaxValue };
        var lastMillisecond = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

        Assert.True(new HubSpotWebhookVerifier(options, ManualClock.AtUnixMilliseconds(lastMillisecond)).Verify(SignedV3(Secret, "0")).IsValid);
        AssertFails(
            WebhookVerificationFailure.FutureTimestamp,
            new HubSpotWebhookVerifier(options, ManualClock.AtUnixMilliseconds(0)).Verify(SignedV3(Secret, "9223372036854775807")));
        AssertFails(
            WebhookVerificationFailure.StaleTimestamp,
            Verifier(ManualClock.AtUnixMilliseconds(lastMillisecond)).Verify(SignedV3(Secret, "0")));
    }

    [Fact]
    public void Accepts_a_timestamp_exactly_at_either_edge_of_the_window()
    {
        var clock = ManualClock.AtUnixMilliseconds(SentAt);
        var verifier = Verifier(clock);

        clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(SentAt) + TimeSpan.FromMinutes(5);
        Assert.True(verifier.Verify(SignedV3(Secret)).IsValid);

        clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(SentAt) - TimeSpan.FromMinutes(5);
        Assert.True(verifier.Verify(SignedV3(Secret)).IsValid);
    }

    [Fact]
    public void Rejects_a_replayed_delivery_older_than_five_minutes()
    {
        var clock = ManualClock.AtUnixMilliseconds(SentAt + (long)TimeSpan.FromMinutes(5).TotalMilliseconds + 1);

        AssertFails(WebhookVerificationFailure.StaleTimestamp, Verifier(clock).Verify(SignedV3(Secret)));
    }

    [Fact]
    public void Rejects_a_timestamp_more_than_five_minutes_in_the_future()
    {
        var clock = ManualClock.AtUnixMilliseconds(SentAt - (long)TimeSpan.FromMinutes(5).TotalMilliseconds - 1);

        AssertFails(WebhookVerificationFailure.FutureTimestamp, Verifier(clock).Verify(SignedV3(Secret)));
    }

    [Fact]
    public void Honours_a_custom_tolerance()
    {
        var options = new WebhookVerifierOptions { ClientSecrets = { Secret }, TimestampTolerance = TimeSpan.FromSeconds(30) };
        var verifier = new HubSpotWebhookVerifier(options, ManualClock.AtUnixMilliseconds(SentAt + 31_000));

        AssertFails(WebhookVerificationFailure.StaleTimestamp, verifier.Verify(SignedV3(Secret)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all")]
    [InlineData("AAAA")]
    [InlineData("HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=")]
    public void Rejects_a_malformed_v3_signature_without_throwing(string signature)
    {
        var result = Verifier().Verify(SignedV3(Secret) with { SignatureV3 = signature });

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Prefers_v3_when_legacy_headers_are_also_present()
    {
        var request = SignedV3(Secret) with { Signature = HubSpotWebhookSigner.SignV1("not-the-secret", Body), SignatureVersion = "v1" };

        var result = Verifier(legacy: true).Verify(request);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(WebhookSignatureVersion.V3, result.Version);
    }

    [Fact]
    public void Refuses_a_v1_only_request_unless_legacy_signatures_are_allowed()
    {
        var request = new WebhookRequest("POST", Uri, Body) { Signature = HubSpotWebhookSigner.SignV1(Secret, Body), SignatureVersion = "v1" };

        AssertFails(WebhookVerificationFailure.LegacySignatureNotAllowed, Verifier().Verify(request));
        Assert.True(Verifier(legacy: true).Verify(request).IsValid);
        AssertFails(WebhookVerificationFailure.SignatureMismatch, Verifier(legacy: true).Verify(request with { Body = "[]"u8.ToArray() }));
    }

    [Fact]
    public void Checks_a_v2_signature_over_method_uri_and_body_when_allowed()
    {
        var request = new WebhookRequest("POST", Uri, Body) { Signature = HubSpotWebhookSigner.SignV2(Secret, "POST", Uri, Body), SignatureVersion = "v2" };

        Assert.Equal(WebhookSignatureVersion.V2, Verifier(legacy: true).Verify(request).Version);
        Assert.True(Verifier(legacy: true).Verify(request).IsValid);
        AssertFails(WebhookVerificationFailure.SignatureMismatch, Verifier(legacy: true).Verify(request with { Method = "PUT" }));
    }

    [Fact]
    public void Rejects_an_unknown_legacy_version()
    {
        var request = new WebhookRequest("POST", Uri, Body) { Signature = HubSpotWebhookSigner.SignV1(Secret, Body), SignatureVersion = "v9" };

        AssertFails(WebhookVerificationFailure.UnsupportedSignatureVersion, Verifier(legacy: true).Verify(request));
    }

    [Fact]
    public void Never_puts_the_secret_in_a_message()
    {
        var result = Verifier().Verify(SignedV3("not-the-secret"));

        Assert.DoesNotContain(Secret, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_options_without_a_usable_secret()
    {
        Assert.Throws<ArgumentException>(() => new HubSpotWebhookVerifier(new WebhookVerifierOptions()));
        Assert.Throws<ArgumentException>(() => new HubSpotWebhookVerifier(new WebhookVerifierOptions { ClientSecrets = { " " } }));
        Assert.Throws<ArgumentException>(() => new HubSpotWebhookVerifier(
            new WebhookVerifierOptions { ClientSecrets = { Secret }, TimestampTolerance = TimeSpan.Zero }));
    }

    private static HubSpotWebhookVerifier Verifier(TimeProvider? clock = null, bool legacy = false) =>
        new(new WebhookVerifierOptions { ClientSecrets = { Secret }, AllowLegacySignatures = legacy }, clock ?? ManualClock.AtUnixMilliseconds(SentAt));

    private static WebhookRequest SignedV3(string secret, string timestamp = "1700000000000") =>
        new("POST", Uri, Body)
        {
            SignatureV3 = HubSpotWebhookSigner.SignV3(secret, "POST", Uri, Body, timestamp),
            RequestTimestamp = timestamp,
        };

    private static void AssertFails(WebhookVerificationFailure expected, WebhookVerificationResult result)
    {
        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Failure);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }
}
