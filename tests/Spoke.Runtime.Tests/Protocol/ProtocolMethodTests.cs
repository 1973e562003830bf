using System.Net;
using System.Text.Json;
using Spoke.Runtime.Tests.Emulated;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Protocol;

/// <summary><see cref="HubSpotClient.SendAsync(HubSpotRequest, CancellationToken)"/>: any endpoint, with the client's retries, limits and errors.</summary>
public sealed class ProtocolMethodTests
{
    [Fact]
    public async Task An_endpoint_the_client_has_no_method_for_answers_with_status_headers_and_content_over_a_socket()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        var response = await hub.Client.SendAsync(HubSpotRequest.Get("crm/v3/owners") with { Query = [new("limit", "2")] });

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", Assert.Single(response.Headers["content-type"]), StringComparison.Ordinal);
        using var owners = JsonDocument.Parse(response.Content);
        Assert.True(owners.RootElement.GetProperty("results").GetArrayLength() <= 2);
    }

    [Fact]
    public async Task A_refusal_throws_the_one_exception_with_hubspots_details()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        var error = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts/999999")));

        Assert.Equal(404, error.Status);
        Assert.Equal("OBJECT_NOT_FOUND", error.Category);
        Assert.False(error.MayHaveTakenEffect);
    }

    [Fact]
    public async Task A_post_is_not_repeated_after_a_5xx_unless_marked_safe_to_repeat()
    {
        var once = ScriptedHttpHandler.Sequence(null, () => Responses.Status(HttpStatusCode.BadGateway), () => Responses.Ok());
        var twice = ScriptedHttpHandler.Sequence(null, () => Responses.Status(HttpStatusCode.BadGateway), () => Responses.Ok());
        using var plain = TestClients.Create(once, TestClients.Options(configure: FastRetries));
        using var marked = TestClients.Create(twice, TestClients.Options(configure: FastRetries));
        var post = HubSpotRequest.Post("crm/v3/objects/contacts/batch/read", """{"inputs":[{"id":"1"}]}"""u8.ToArray());

        var error = await Assert.ThrowsAsync<HubSpotException>(() => plain.SendAsync(post));
        var response = await marked.SendAsync(post with { IsSafeToRepeat = true });

        Assert.Single(once.Requests);
        Assert.True(error.MayHaveTakenEffect);
        Assert.Equal(200, response.Status);
        Assert.Equal(2, twice.Requests.Count);
        Assert.True(response.EarlierAttemptMayHaveTakenEffect);
    }

    [Fact]
    public void Retry_safety_defaults_from_the_method_and_a_search_is_always_safe()
    {
        Assert.True(HubSpotRequest.Get("crm/v3/owners").IsSafeToRepeat);
        Assert.True(HubSpotRequest.Put("crm/v4/objects/contacts/1/associations/default/companies/2").IsSafeToRepeat);
        Assert.True(HubSpotRequest.Delete("crm/v3/objects/contacts/1").IsSafeToRepeat);
        Assert.False(HubSpotRequest.Post("crm/v3/objects/contacts", "{}"u8.ToArray()).IsSafeToRepeat);
        Assert.False(HubSpotRequest.Patch("crm/v3/objects/contacts/1", "{}"u8.ToArray()).IsSafeToRepeat);
        var search = HubSpotRequest.Search(CrmObjectType.Deals, "{}"u8.ToArray());
        Assert.Equal(("crm/v3/objects/deals/search", true, true), (search.Path, search.IsSearch, search.IsSafeToRepeat));
    }

    [Fact]
    public async Task A_get_marked_not_safe_to_repeat_is_not_repeated_after_a_5xx()
    {
        var handler = ScriptedHttpHandler.Sequence(null, () => Responses.Status(HttpStatusCode.ServiceUnavailable), () => Responses.Ok());
        using var client = TestClients.Create(handler, TestClients.Options(configure: FastRetries));

        var error = await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(HubSpotRequest.Get("crm/v3/owners") with { IsSafeToRepeat = false }));

        Assert.Equal(503, error.Status);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("https://evil.example/crm/v3/objects/contacts", "relative")]
    [InlineData("//evil.example/crm", "relative")]
    [InlineData("crm/v3/objects/contacts?limit=10", "Query")]
    [InlineData("crm/v3/objects/contacts#top", "Query")]
    [InlineData("crm/v3/objects/contacts/a b", "escaped")]
    [InlineData(" ", "empty")]
    public void A_path_that_is_not_a_relative_escaped_path_is_refused_saying_why(string path, string expected)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => HubSpotRequest.Get(path));

        Assert.Equal("path", error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_query_parameter_without_a_name_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => HubSpotRequest.Get("crm/v3/owners") with { Query = [new("", "1")] });

        Assert.Equal("Query", error.ParamName);
    }

    private static void FastRetries(HubSpotClientOptions options)
    {
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
    }
}
