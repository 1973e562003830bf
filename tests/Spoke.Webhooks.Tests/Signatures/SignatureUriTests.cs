using Spoke.Webhooks;

namespace Spoke.Webhooks.Tests.Signatures;

/// <summary>HubSpot decodes a fixed set of escapes in the URI before signing with v3, and no others.</summary>
public sealed class SignatureUriTests
{
    [Theory]
    [InlineData("https://example.com/hook?a=b%3Ac", "https://example.com/hook?a=b:c")]
    [InlineData("https://example.com/hook?a=%3a%2f%3f%40%21%24%27%28%29%2a%2c%3b", "https://example.com/hook?a=:/?@!$'()*,;")]
    [InlineData("https://example.com/hook?a=%3", "https://example.com/hook?a=%3")]
    [InlineData("https://example.com/hook?a=%", "https://example.com/hook?a=%")]
    public void Signs_the_uri_with_the_listed_escapes_decoded(string uri, string decoded) =>
        Assert.Equal(SignV3(decoded), SignV3(uri));

    [Theory]
    [InlineData("https://example.com/hook?a=%20", "https://example.com/hook?a= ")]
    [InlineData("https://example.com/hook?a=%26", "https://example.com/hook?a=&")]
    [InlineData("https://example.com/hook?a=%3D", "https://example.com/hook?a==")]
    [InlineData("https://example.com/hook?a=%253A", "https://example.com/hook?a=%3A")]
    public void Keeps_every_other_escape(string uri, string wronglyDecoded) =>
        Assert.NotEqual(SignV3(wronglyDecoded), SignV3(uri));

    private static string SignV3(string uri) => HubSpotWebhookSigner.SignV3("secret", "POST", uri, "[]"u8, "1");
}
