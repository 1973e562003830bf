using System.Net;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class SendAsyncTests
{
    [Fact]
    public async Task Sends_bearer_token_escaped_query_and_json_body_and_returns_the_buffered_body()
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok("""{"id":"512"}"""));
        var options = TestClients.Options();
        using var client = TestClients.Create(handler, options);
        var request = HubSpotRequest.Search(CrmObjectType.Contacts, """{"limit":10}"""u8.ToArray()) with { Query = [new("idProperty", "a b&c")] };

        var response = await client.SendAsync(request);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal($"Bearer {options.AccessToken}", sent.Authorization);
        Assert.Equal("http://hubspot.test/crm/v3/objects/contacts/search?idProperty=a%20b%26c", sent.Uri.AbsoluteUri);
        Assert.Equal("""{"limit":10}""", sent.Body);
        Assert.Equal(200, response.Status);
        Assert.Equal("""{"id":"512"}"""u8.ToArray(), response.Content.ToArray());
    }

    [Theory]
    [InlineData(HttpStatusCode.Created)]
    [InlineData(HttpStatusCode.NoContent)]
    [InlineData(HttpStatusCode.MultiStatus)]
    public async Task Accepts_every_success_status_HubSpot_uses(HttpStatusCode status)
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Json(status, "{}"));
        using var client = TestClients.Create(handler, TestClients.Options());

        var response = await client.SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts"));

        Assert.Equal((int)status, response.Status);
    }

    [Fact]
    public void Rejects_options_without_a_token_with_a_message_that_says_what_to_set()
    {
        var error = Assert.Throws<ArgumentException>(() => new HubSpotClient(new HubSpotClientOptions()));

        Assert.Contains("AccessToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_token_that_already_carries_the_bearer_prefix()
    {
        var error = Assert.Throws<ArgumentException>(() => new HubSpotClient("Bearer pat-na1-x", HubSpotApiTier.FreeOrStarter));

        Assert.Contains("Bearer", error.Message, StringComparison.Ordinal);
    }
}
