using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Spoke.Emulator.Tests.Persistence;

/// <summary>
/// The promise of <c>--data</c>, held against a real process ended with SIGKILL: every write acknowledged more than a
/// second before the kill is there after a restart, and the file always loads, however the kill lands.
/// </summary>
public sealed class KillDurabilityTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Acknowledged_writes_older_than_a_second_survive_kill_9()
    {
        using var folder = new TemporaryFolder();
        var expected = new Dictionary<long, (string FirstName, bool Archived)>();
        await using (var emulator = await EmulatorProcess.StartAsync(folder.DataFile))
        {
            using var client = emulator.CreateClient();
            for (var batch = 0; batch < 20; batch++)
            {
                var names = Enumerable.Range(0, 100).Select(i => $"First {batch}-{i}").ToList();
                var ids = await CreateAsync(client, names, jobTitle: "");
                foreach (var (id, name) in ids.Zip(names))
                {
                    expected[id] = (name, false);
                }
            }

            var updated = expected.Keys.Order().Take(300).ToList();
            await UpdateAsync(client, updated.Select(id => (id, $"Updated {id}")));
            updated.ForEach(id => expected[id] = ($"Updated {id}", false));
            var archived = expected.Keys.Order().Skip(1000).Take(100).ToList();
            await SendAsync(client, "crm/v3/objects/contacts/batch/archive", new { inputs = archived.Select(id => new { id = Id(id) }) }, HttpStatusCode.NoContent);
            archived.ForEach(id => expected[id] = (expected[id].FirstName, true));

            await Task.Delay(Promise + TimeSpan.FromMilliseconds(500));
            await emulator.KillAsync();
        }

        await using var restarted = await EmulatorProcess.StartAsync(folder.DataFile);
        using var reader = restarted.CreateClient();
        var stored = await ReadAsync(reader, expected.Keys);

        Assert.Equal(expected.Count, stored.Count);
        Assert.All(expected, pair => Assert.Equal(pair.Value, stored[pair.Key]));
    }

    [Fact]
    public async Task Killed_mid_burst_again_and_again_it_always_loads_with_every_write_acknowledged_a_second_before()
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"Seed {seed} (kill delays).");
        var random = new Random(seed);
        using var folder = new TemporaryFolder();
        var promised = new Dictionary<long, int>();
        for (var round = 0; round < 5; round++)
        {
            await using var emulator = await EmulatorProcess.StartAsync(folder.DataFile);
            using (var client = emulator.CreateClient())
            {
                await AssertKeptAsync(client, promised, $"round {round}, seed {seed}");
            }

            var acknowledged = new ConcurrentBag<(long Id, int Version, DateTimeOffset At)>();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 3).Select(writer => Task.Run(() => WriteUntilStoppedAsync(emulator, round, writer, acknowledged, stop.Token))).ToList();
            // Kill once writes are flowing and some are older than the promise, at a moment that differs each round.
            while (acknowledged.IsEmpty && writers.All(w => !w.IsCompleted))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20));
            }

            await Task.Delay(Promise + TimeSpan.FromMilliseconds(random.Next(200, 1500)));
            var killedAt = DateTimeOffset.UtcNow;
            await emulator.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            foreach (var (id, version, _) in acknowledged.Where(write => write.At < killedAt - Promise))
            {
                promised[id] = Math.Max(promised.GetValueOrDefault(id), version);
            }

            output.WriteLine($"Round {round}: {acknowledged.Count} writes acknowledged, {promised.Count} records promised, {Directory.GetFiles(folder.Path).Length} files.");
        }

        await using var last = await EmulatorProcess.StartAsync(folder.DataFile);
        using var final = last.CreateClient();
        await AssertKeptAsync(final, promised, $"after the last kill, seed {seed}");
    }

    /// <summary>
    /// Creates contacts with large values (so the journal grows towards a compaction) and updates the writer's own
    /// contacts, one request at a time, recording each write the emulator acknowledged and when.
    /// </summary>
    private static async Task WriteUntilStoppedAsync(
        EmulatorProcess emulator, int round, int writer, ConcurrentBag<(long, int, DateTimeOffset)> acknowledged, CancellationToken stop)
    {
        using var client = emulator.CreateClient();
        var mine = new List<long>();
        var version = 0;
        var bulk = new string((char)('a' + writer), 20_000);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                version++;
                if (mine.Count == 0 || version % 3 != 0)
                {
                    var ids = await CreateAsync(client, Enumerable.Repeat(Version(version), 20).ToList(), bulk, stop);
                    var at = DateTimeOffset.UtcNow;
                    mine.AddRange(ids);
                    foreach (var id in ids)
                    {
                        acknowledged.Add((id, version, at));
                    }
                }
                else
                {
                    var updated = mine.Skip(mine.Count / 2).Take(10).ToList();
                    await UpdateAsync(client, updated.Select(id => (id, Version(version))), stop);
                    var at = DateTimeOffset.UtcNow;
                    updated.ForEach(id => acknowledged.Add((id, version, at)));
                }
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
        {
            // The kill: the request in flight may or may not have been applied, and was not acknowledged.
        }

        string Version(int at) => string.Create(CultureInfo.InvariantCulture, $"r{round}w{writer}v{at:D6}");
    }

    /// <summary>Every promised record exists with its promised version or a later one (a write applied but not yet acknowledged).</summary>
    private static async Task AssertKeptAsync(HttpClient client, Dictionary<long, int> promised, string when)
    {
        var stored = await ReadAsync(client, promised.Keys);
        var missing = promised.Keys.Where(id => !stored.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, $"{when}: {missing.Count} of {promised.Count} acknowledged records are gone, e.g. {string.Join(", ", missing.Take(5))}.");
        var stale = promised.Where(pair => VersionOf(stored[pair.Key].FirstName) < pair.Value).ToList();
        Assert.True(stale.Count == 0, $"{when}: {stale.Count} records lost an acknowledged update, e.g. {string.Join(", ", stale.Take(5).Select(s => $"{s.Key}: {stored[s.Key].FirstName} < v{s.Value}"))}.");
    }

    private static int VersionOf(string firstName) => int.Parse(firstName[(firstName.LastIndexOf('v') + 1)..], CultureInfo.InvariantCulture);

    private static async Task<List<long>> CreateAsync(HttpClient client, IReadOnlyList<string> firstNames, string jobTitle, CancellationToken cancellationToken = default)
    {
        var body = new { inputs = firstNames.Select(name => new { properties = new Dictionary<string, string> { ["firstname"] = name, ["jobtitle"] = jobTitle } }) };
        using var document = await SendAsync(client, "crm/v3/objects/contacts/batch/create", body, HttpStatusCode.Created, cancellationToken);
        return [.. document!.RootElement.GetProperty("results").EnumerateArray().Select(r => long.Parse(r.GetProperty("id").GetString()!, CultureInfo.InvariantCulture))];
    }

    private static async Task UpdateAsync(HttpClient client, IEnumerable<(long Id, string FirstName)> updates, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in updates.Chunk(100))
        {
            var body = new { inputs = chunk.Select(u => new { id = Id(u.Id), properties = new { firstname = u.FirstName } }) };
            using var _ = await SendAsync(client, "crm/v3/objects/contacts/batch/update", body, HttpStatusCode.OK, cancellationToken);
        }
    }

    /// <summary>The first name and archived state of each id that exists, live or archived.</summary>
    private static async Task<Dictionary<long, (string FirstName, bool Archived)>> ReadAsync(HttpClient client, IEnumerable<long> ids)
    {
        var stored = new Dictionary<long, (string, bool)>();
        foreach (var chunk in ids.Order().Chunk(100))
        {
            foreach (var archived in new[] { false, true })
            {
                var body = new { inputs = chunk.Select(id => new { id = Id(id) }), properties = new[] { "firstname" } };
                using var response = await client.PostAsJsonAsync($"crm/v3/objects/contacts/batch/read?archived={(archived ? "true" : "false")}", body);
                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                foreach (var record in document.RootElement.GetProperty("results").EnumerateArray())
                {
                    var id = long.Parse(record.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
                    stored[id] = (record.GetProperty("properties").GetProperty("firstname").GetString()!, archived);
                }
            }
        }

        return stored;
    }

    private static async Task<JsonDocument?> SendAsync(HttpClient client, string path, object body, HttpStatusCode expected, CancellationToken cancellationToken = default)
    {
        using var response = await client.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? null : JsonDocument.Parse(Encoding.UTF8.GetBytes(text));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
