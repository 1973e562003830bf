using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Spoke.Emulator;

namespace Spoke.Benchmarks.Emulator;

/// <summary>
/// The emulator's own throughput with limits off, over a real socket: batch upserts of 100 contacts per request and a
/// 3-filter search over 100,000 seeded contacts. Requests per second = 1 / mean; see docs/benchmarks.md (Emulator).
/// </summary>
[Config(typeof(EmulatorBenchmarkConfig))]
public class EmulatorThroughputBenchmarks
{
    private const int SeededContacts = 100_000;
    private const int UpsertBatchSize = 100;

    private HubSpotEmulator hub = null!;
    private HttpClient client = null!;
    private byte[] search = null!;
    private int upsertRound;

    [GlobalSetup]
    public async Task StartAsync()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        options.Seed["contacts"] = SeededContacts;
        hub = await HubSpotEmulator.StartAsync(options);
        client = new HttpClient { BaseAddress = hub.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hub.AccessToken);
        var since = DateTimeOffset.UtcNow.AddDays(-180).ToUnixTimeMilliseconds();
        search = Encoding.UTF8.GetBytes($$"""
            {"filterGroups":[{"filters":[
              {"propertyName":"lifecyclestage","operator":"EQ","value":"lead"},
              {"propertyName":"createdate","operator":"GTE","value":"{{since}}"},
              {"propertyName":"email","operator":"CONTAINS_TOKEN","value":"*.com"}]}],
             "sorts":[{"propertyName":"createdate","direction":"DESCENDING"}],
             "properties":["email","firstname","lastname","lifecyclestage"],"limit":100}
            """);
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        client.Dispose();
        await hub.DisposeAsync();
    }

    /// <summary>One <c>batch/upsert</c> of 100 contacts by email; half the emails repeat from the previous round (updates).</summary>
    [Benchmark]
    public async Task BatchUpsert100Contacts()
    {
        var round = Interlocked.Increment(ref upsertRound);
        var inputs = new StringBuilder("{\"inputs\":[");
        for (var index = 0; index < UpsertBatchSize; index++)
        {
            var key = index % 2 == 0 ? $"{round}-{index}" : $"{round - 1}-{index}";
            inputs.Append(index == 0 ? "" : ",")
                .Append($$$"""{"id":"bench{{{key}}}@example.com","idProperty":"email","properties":{"firstname":"Bench","lifecyclestage":"lead"}}""");
        }

        inputs.Append("]}");
        await SendAsync("crm/v3/objects/contacts/batch/upsert", Encoding.UTF8.GetBytes(inputs.ToString()));
    }

    /// <summary>One search with 3 filters (EQ, GTE, CONTAINS_TOKEN) and a sort over the 100,000 seeded contacts.</summary>
    [Benchmark]
    public Task SearchWithThreeFilters() => SendAsync("crm/v3/objects/contacts/search", search);

    private async Task SendAsync(string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await response.Content.ReadAsByteArrayAsync();
    }
}
