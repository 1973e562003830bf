using Spoke.Webhooks.Signatures;

namespace Spoke.Webhooks.Tests.Signatures;

public sealed class SignatureUriTests
{
    [Theory]
    [InlineData("https://example.com/hook", "https://example.com/hook")]
    [InlineData("https://example.com/hook?a=b%3Ac", "https://example.com/hook?a=b:c")]
    [InlineData("https://example.com/hook?a=%3a%2f%3f%40%21%24%27%28%29%2a%2c%3b", "https://example.com/hook?a=:/?@!$'()*,;")]
    [InlineData("https://example.com/hook?a=%20%26%3D%25", "https://example.com/hook?a=%20%26%3D%25")]
    [InlineData("https://example.com/hook?a=%3", "https://example.com/hook?a=%3")]
    [InlineData("https://example.com/hook?a=%", "https://example.com/hook?a=%")]
    public void Decodes_only_the_escapes_hubspot_decodes(string uri, string expected) =>
        Assert.Equal(expected, SignatureUri.DecodeForV3(uri));

    [Fact]
    public void A_v3_signature_over_an_escaped_uri_equals_the_one_over_its_decoded_form()
    {
        var body = "[]"u8.ToArray();
        Assert.Equal(
            HubSpotWebhookSigner.SignV3("secret", "POST", "https://example.com/hook?at=a:b", body, "1"),
            HubSpotWebhookSigner.SignV3("secret", "POST", "https://example.com/hook?at=a%3Ab", body, "1"));
    }
}
