using System.Net;
using Spoke.Runtime.Tests.HubSpot;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport.Sockets;

/// <summary>
/// Over real sockets, a failed write says "may have happened" exactly when it may have: after a gateway's HTML 5xx or a
/// connection reset once the request was read; and says nothing was written, and is retried, when no byte reached a server
/// (refused connection, failed TLS handshake).
/// </summary>
public sealed class WriteUncertaintyTests
{
    private const string MayHaveHappened = "may have happened";
    private const string NothingWritten = "nothing was written";

    [Fact]
    public async Task A_create_answered_by_a_gateways_html_502_says_it_may_have_happened_and_is_sent_once()
    {
        await using var server = LoopbackServer.AnsweringHtml(502, "Bad Gateway");
        using var client = Client(server.BaseAddress);

        var error = await Assert.ThrowsAsync<HubSpotException>(() => client.CreateAsync(CrmObjectType.Contacts, Contact()));

        Assert.Equal(1, server.Requests);
        Assert.Equal(502, error.Status);
        Assert.Contains(MayHaveHappened, error.Message, StringComparison.Ordinal);
        Assert.True(error.MayHaveTakenEffect);
        Assert.Contains("upsert", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("retry later", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_create_whose_connection_is_reset_after_the_request_was_read_says_it_may_have_happened_and_is_sent_once()
    {
        await using var server = LoopbackServer.ResettingAfterRequest();
        using var client = Client(server.BaseAddress);

        var error = await Assert.ThrowsAsync<HubSpotException>(() => client.CreateAsync(CrmObjectType.Contacts, Contact()));

        Assert.Equal(1, server.Requests);
        Assert.Equal(0, error.Status);
        Assert.Contains(MayHaveHappened, error.Message, StringComparison.Ordinal);
        Assert.True(error.MayHaveTakenEffect);
    }

    [Fact]
    public async Task A_create_to_a_closed_port_is_retried_and_says_nothing_was_written()
    {
        using var client = Client(LoopbackServer.ClosedPort());

        var error = await Assert.ThrowsAsync<HubSpotException>(() => client.CreateAsync(CrmObjectType.Contacts, Contact()));

        Assert.Contains("after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains(NothingWritten, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("may", error.Message, StringComparison.Ordinal);
        Assert.False(error.MayHaveTakenEffect);
        Assert.Equal(0, error.Status);
    }

    [Fact]
    public async Task A_create_whose_tls_handshake_fails_is_retried_and_says_nothing_was_written()
    {
        await using var server = LoopbackServer.AnsweringGarbageToTls();
        using var client = Client(new UriBuilder(server.BaseAddress) { Scheme = Uri.UriSchemeHttps }.Uri);

        var error = await Assert.ThrowsAsync<HubSpotException>(() => client.CreateAsync(CrmObjectType.Contacts, Contact()));

        Assert.Equal(0, server.Requests);
        Assert.Contains("after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains(NothingWritten, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("may", error.Message, StringComparison.Ordinal);
        Assert.False(error.MayHaveTakenEffect);
    }

    [Fact]
    public async Task A_batch_create_chunk_answered_by_an_html_502_marks_each_input_as_possibly_created()
    {
        await using var server = LoopbackServer.AnsweringHtml(502, "Bad Gateway");
        using var client = Client(server.BaseAddress);

        var results = await client.BatchCreateAsync(CrmObjectType.Contacts, [Contact(), Contact()]);

        Assert.Equal(1, server.Requests);
        Assert.All(results, result => Assert.Contains(MayHaveHappened, result.Error!.Message, StringComparison.Ordinal));
        Assert.All(results, result => Assert.True(Assert.IsType<HubSpotException>(result.Error!.Exception).MayHaveTakenEffect));
    }

    [Fact]
    public async Task An_upsert_whose_connection_is_reset_is_retried_and_says_it_may_have_been_applied()
    {
        await using var server = LoopbackServer.ResettingAfterRequest();
        using var client = Client(server.BaseAddress);

        var error = await Assert.ThrowsAsync<HubSpotException>(() => client.UpsertAsync<Contact>("email", new ContactInput { Email = "ada@example.com" }));

        Assert.Equal(3, server.Requests);
        Assert.Contains("may have been applied", error.Message, StringComparison.Ordinal);
        Assert.True(error.MayHaveTakenEffect);
        Assert.DoesNotContain(MayHaveHappened, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_answered_by_html_502s_is_retried_and_carries_no_write_advice()
    {
        await using var server = LoopbackServer.AnsweringHtml(502, "Bad Gateway");
        using var client = Client(server.BaseAddress);

        var error = await Assert.ThrowsAsync<HubSpotException>(() => client.GetAsync(CrmObjectType.Contacts, "1", ["email"]));

        Assert.Equal(3, server.Requests);
        Assert.DoesNotContain("write", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(error.MayHaveTakenEffect);
    }

    private static CrmObjectInput Contact() => new() { ["email"] = $"{Guid.NewGuid():N}@example.com" };

    private static HubSpotClient Client(Uri baseAddress)
    {
        var options = TestClients.Options(configure: options =>
        {
            options.BaseAddress = baseAddress;
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
        });
        options.Retry.MaxRetries = 2;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
        return new HubSpotClient(options);
    }
}
