using System.Net;
using System.Text.Json;
using Spoke.Emulator;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport.Emulator;

/// <summary>The transport against the emulator over real sockets, with faults injected on the server side.</summary>
public sealed class EmulatorFaultTests
{
    private const string Contacts = "/crm/v3/objects/contacts";

    [Fact]
    public async Task Upserts_through_a_storm_of_5xx_dropped_connections_lost_responses_and_slow_answers_write_every_record_exactly_once()
    {
        var token = TestClients.NewToken();
        var options = EmulatorOptions(token, new FaultRule(FaultKind.Status) { StatusCode = 502, Percentage = 15, PathPattern = Contacts + "/batch/*" },
            new FaultRule(FaultKind.Status) { StatusCode = 503, Percentage = 10, PathPattern = Contacts + "/batch/*" },
            new FaultRule(FaultKind.Status) { StatusCode = 504, Percentage = 10, PathPattern = Contacts + "/batch/*" },
            new FaultRule(FaultKind.DropConnection) { Percentage = 10, PathPattern = Contacts + "/batch/*" },
            new FaultRule(FaultKind.LoseResponseAfterWrite) { Percentage = 15, PathPattern = Contacts + "/batch/*" },
            new FaultRule(FaultKind.Latency) { Latency = TimeSpan.FromSeconds(3), Percentage = 10, PathPattern = Contacts + "/batch/*" });
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var counting = new CountingHandler(new SocketsHttpHandler());
        using var client = new HubSpotClient(new HttpClient(counting), ClientOptions(hub, token));

        var emails = Enumerable.Range(0, 8).Select(batch => Enumerable.Range(0, 25).Select(index => $"storm-{batch}-{index}@example.com").ToArray()).ToArray();
        await Task.WhenAll(emails.Select(batch => client.SendAsync(Upsert(batch))));

        var stored = await ListEmails(client);
        Assert.Equal(emails.SelectMany(batch => batch).Order(), stored.Order());
        Assert.Contains(counting.Statuses, status => status >= HttpStatusCode.InternalServerError);
        Assert.True(counting.Bodies.Count > emails.Length, "faults forced retries");
    }

    [Fact]
    public async Task Plain_creates_are_never_sent_twice_after_a_failure_that_may_have_reached_HubSpot()
    {
        var token = TestClients.NewToken();
        var options = EmulatorOptions(token,
            new FaultRule(FaultKind.Status) { StatusCode = 502, Percentage = 20, Method = "POST", PathPattern = Contacts },
            new FaultRule(FaultKind.LoseResponseAfterWrite) { Percentage = 20, Method = "POST", PathPattern = Contacts },
            new FaultRule(FaultKind.DropConnection) { Percentage = 10, Method = "POST", PathPattern = Contacts });
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var counting = new CountingHandler(new SocketsHttpHandler());
        using var client = new HubSpotClient(new HttpClient(counting), ClientOptions(hub, token));

        var emails = Enumerable.Range(0, 30).Select(index => $"create-{index}@example.com").ToArray();
        var outcomes = await Task.WhenAll(emails.Select(async email =>
        {
            try
            {
                await client.SendAsync(Create(email));
                return (Email: email, Created: true);
            }
            catch (HubSpotException)
            {
                return (Email: email, Created: false);
            }
        }));

        Assert.Contains(outcomes, outcome => !outcome.Created);
        Assert.Equal(emails.Length, counting.Bodies.Count);
        var stored = await ListEmails(client);
        Assert.Equal(stored.Distinct().Count(), stored.Count);
        Assert.All(outcomes.Where(outcome => outcome.Created), outcome => Assert.Contains(outcome.Email, stored));
    }

    [Fact]
    public async Task A_429_storm_from_the_server_is_absorbed_and_every_read_succeeds()
    {
        var token = TestClients.NewToken();
        var options = EmulatorOptions(token);
        options.Tokens.Clear();
        options.Tokens.Add(new EmulatorToken(token) { BurstLimit = 6 });
        options.RateLimits.Window = TimeSpan.FromSeconds(1);
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var counting = new CountingHandler(new SocketsHttpHandler());
        // The client is told the account allows far more than the server does, so the server's 429s do the limiting.
        using var client = new HubSpotClient(new HttpClient(counting), ClientOptions(hub, token, clientOptions => clientOptions.RequestsPerTenSeconds = 1_000));

        var responses = await Task.WhenAll(Enumerable.Range(0, 18).Select(_ => client.SendAsync(HubSpotRequest.Get(Contacts))));

        Assert.All(responses, response => Assert.Equal(200, response.Status));
        Assert.Contains(HttpStatusCode.TooManyRequests, counting.Statuses);
    }

    [Fact]
    public async Task Slow_answers_past_the_attempt_timeout_are_retried_for_reads()
    {
        var token = TestClients.NewToken();
        var options = EmulatorOptions(token, new FaultRule(FaultKind.Latency) { Latency = TimeSpan.FromSeconds(5), Percentage = 50, Method = "GET" });
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var counting = new CountingHandler(new SocketsHttpHandler());
        using var client = new HubSpotClient(new HttpClient(counting), ClientOptions(hub, token, clientOptions => clientOptions.AttemptTimeout = TimeSpan.FromMilliseconds(500)));

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.SendAsync(HubSpotRequest.Get(Contacts))));

        Assert.All(responses, response => Assert.Equal(200, response.Status));
    }

    private static HubSpotEmulatorOptions EmulatorOptions(string token, params FaultRule[] faults)
    {
        var options = new HubSpotEmulatorOptions { SearchIndexingDelay = TimeSpan.Zero };
        options.Tokens.Add(new EmulatorToken(token));
        options.RateLimits.Enabled = true;
        foreach (var fault in faults)
        {
            options.Faults.Rules.Add(fault);
        }

        return options;
    }

    private static HubSpotClientOptions ClientOptions(HubSpotEmulator hub, string token, Action<HubSpotClientOptions>? configure = null)
    {
        var options = new HubSpotClientOptions
        {
            AccessToken = token,
            BaseAddress = hub.BaseAddress,
            ApiTier = HubSpotApiTier.ProfessionalOrEnterprise,
            AttemptTimeout = TimeSpan.FromSeconds(1),
        };
        options.Retry.MaxRetries = 12;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        configure?.Invoke(options);
        return options;
    }

    private static HubSpotRequest Upsert(IEnumerable<string> emails) =>
        HubSpotRequest.Post(
            Contacts + "/batch/upsert",
            JsonSerializer.SerializeToUtf8Bytes(new { inputs = emails.Select(email => new { idProperty = "email", id = email, properties = new { firstname = "Storm" } }) }))
        with { IsSafeToRepeat = true };

    private static HubSpotRequest Create(string email) =>
        HubSpotRequest.Post(Contacts, JsonSerializer.SerializeToUtf8Bytes(new { properties = new { email } }));

    private static async Task<List<string>> ListEmails(HubSpotClient client) =>
        [.. (await RecordLister.ListAsync(client, "contacts", "email")).Select(record => record["email"]!)];
}
