using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Spoke.Emulator;

namespace Spoke.Benchmarks.Emulator;

/// <summary>
/// The requests of the emulator benchmarks, against an emulator seeded with 100,000 contacts and limits off: searches
/// with 3 filters and a sort whose values change on every request (drawn from the seeded values), and batch upserts
/// of 100 contacts by email, half new and half updates. Distinct bodies leave no room for a cache or a lucky path.
/// </summary>
internal sealed class EmulatorWorkload : IAsyncDisposable
{
    /// <summary>Contacts seeded before the run.</summary>
    public const int SeededContacts = 100_000;

    /// <summary>Inputs per batch upsert.</summary>
    public const int UpsertBatchSize = 100;

    private const string SearchPath = "crm/v3/objects/contacts/search";
    private const string UpsertPath = "crm/v3/objects/contacts/batch/upsert";
    private const int DistinctSearches = 4_096;

    private static readonly string[] LifecycleStages =
        ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other"];

    private static readonly string[] SortProperties = ["createdate", "lastname", "hs_object_id"];

    private readonly HubSpotEmulator hub;
    private readonly byte[][] searches;
    private int searchCount;
    private int upsertRound;

    private EmulatorWorkload(HubSpotEmulator hub, HttpClient client, byte[][] searches)
    {
        this.hub = hub;
        Client = client;
        this.searches = searches;
    }

    /// <summary>A client authorized against the emulator; create more with <see cref="CreateClient"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>How long seeding the contacts and starting the emulator took.</summary>
    public TimeSpan StartTime { get; private init; }

    /// <summary>Starts a seeded emulator and draws the search values from the contacts it holds.</summary>
    /// <param name="dataFile">A data file the emulator keeps the account in (<c>--data</c>), or none.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<EmulatorWorkload> StartAsync(string? dataFile = null, CancellationToken cancellationToken = default)
    {
        var options = new HubSpotEmulatorOptions { DataFile = dataFile };
        options.RateLimits.Enabled = false;
        options.Seed["contacts"] = SeededContacts;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var hub = await HubSpotEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        var startTime = started.Elapsed;
        var client = CreateClient(hub);
        var domains = await SeededEmailDomainsAsync(client, cancellationToken).ConfigureAwait(false);
        return new EmulatorWorkload(hub, client, SearchBodies(domains, new Random(20261122))) { StartTime = startTime };
    }

    /// <summary>A new connection pool to the emulator, so concurrent workers do not share one.</summary>
    public HttpClient CreateClient() => CreateClient(hub);

    /// <summary>The next search: a lifecycle stage EQ, a createdate GTE and an email CONTAINS_TOKEN, sorted, limit 100.</summary>
    public Task SearchAsync(HttpClient client, CancellationToken cancellationToken = default) =>
        SendAsync(client, SearchPath, searches[(uint)Interlocked.Increment(ref searchCount) % searches.Length], cancellationToken);

    /// <summary>The next batch upsert of 100 contacts by email; half the emails repeat from the previous round (updates).</summary>
    public Task UpsertAsync(HttpClient client, CancellationToken cancellationToken = default)
    {
        var round = Interlocked.Increment(ref upsertRound);
        var inputs = new StringBuilder("{\"inputs\":[");
        for (var index = 0; index < UpsertBatchSize; index++)
        {
            var key = index % 2 == 0 ? $"{round}-{index}" : $"{round - 1}-{index}";
            inputs.Append(index == 0 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $$$"""{"id":"bench{{{key}}}@example.com","idProperty":"email","properties":{"firstname":"Bench{{{round}}}","lifecyclestage":"{{{LifecycleStages[round % LifecycleStages.Length]}}}"}}""");
        }

        inputs.Append("]}");
        return SendAsync(client, UpsertPath, Encoding.UTF8.GetBytes(inputs.ToString()), cancellationToken);
    }

    /// <summary>Stops the emulator and releases the client.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await hub.DisposeAsync().ConfigureAwait(false);
    }

    private static HttpClient CreateClient(HubSpotEmulator hub)
    {
        var client = new HttpClient { BaseAddress = hub.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hub.AccessToken);
        return client;
    }

    /// <summary>The domain words of the first seeded contacts' emails (<c>first.last17@domain.com</c>).</summary>
    private static async Task<List<string>> SeededEmailDomainsAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync("crm/v3/objects/contacts?limit=100&properties=email", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return page.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("properties").GetProperty("email").GetString()!)
            .Select(email => email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..].Replace(".com", "", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static byte[][] SearchBodies(List<string> domains, Random random)
    {
        var now = DateTimeOffset.UtcNow;
        var bodies = new byte[DistinctSearches][];
        for (var index = 0; index < bodies.Length; index++)
        {
            var stage = LifecycleStages[random.Next(LifecycleStages.Length)];
            var since = now.AddDays(-random.Next(7, 365)).ToUnixTimeMilliseconds();
            var token = random.Next(3) == 0 ? "*.com" : $"*@{domains[random.Next(domains.Count)]}.com";
            var sort = SortProperties[random.Next(SortProperties.Length)];
            var direction = random.Next(2) == 0 ? "ASCENDING" : "DESCENDING";
            var after = random.Next(4) == 0 ? 100 : 0;
            bodies[index] = Encoding.UTF8.GetBytes($$"""
                {"filterGroups":[{"filters":[
                  {"propertyName":"lifecyclestage","operator":"EQ","value":"{{stage}}"},
                  {"propertyName":"createdate","operator":"GTE","value":"{{since}}"},
                  {"propertyName":"email","operator":"CONTAINS_TOKEN","value":"{{token}}"}]}],
                 "sorts":[{"propertyName":"{{sort}}","direction":"{{direction}}"}],
                 "properties":["email","firstname","lastname","lifecyclestage"],"limit":100,"after":"{{after}}"}
                """);
        }

        return bodies;
    }

    private static async Task SendAsync(HttpClient client, string path, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }

        await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
