using System.Text;
using Spoke.Webhooks;

namespace Spoke.Webhooks.Tests.Signatures;

/// <summary>HubSpot's published test vectors (docs and the official Python SDK), see hubspot-api.md §8.1.</summary>
public sealed class PublishedVectorTests
{
    private const string Secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private const string Uri = "https://www.example.com/webhook_uri";

    private static readonly byte[] DocsV1Body = Encoding.UTF8.GetBytes(
        """[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]""");

    private static readonly byte[] SdkBody = Encoding.UTF8.GetBytes("{'example_field':'example_value'}");

    [Fact]
    public void V1_matches_the_docs_vector() =>
        Assert.Equal("232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de", HubSpotWebhookSigner.SignV1(Secret, DocsV1Body));

    [Fact]
    public void V2_matches_the_docs_vector_for_a_get_without_body() =>
        Assert.Equal("eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e", HubSpotWebhookSigner.SignV2(Secret, "GET", Uri, []));

    [Fact]
    public void V2_matches_the_docs_vector_for_a_post() =>
        Assert.Equal(
            "9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900",
            HubSpotWebhookSigner.SignV2(Secret, "POST", Uri, """{"example_field":"example_value"}"""u8));

    [Fact]
    public void V1_matches_the_sdk_vector() =>
        Assert.Equal("69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750", HubSpotWebhookSigner.SignV1(Secret, SdkBody));

    [Fact]
    public void V2_matches_the_sdk_vector() =>
        Assert.Equal("4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383", HubSpotWebhookSigner.SignV2(Secret, "POST", Uri, SdkBody));

    [Fact]
    public void V3_matches_the_sdk_vector() =>
        Assert.Equal("HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=", HubSpotWebhookSigner.SignV3(Secret, "POST", Uri, SdkBody, "15000000"));
}
