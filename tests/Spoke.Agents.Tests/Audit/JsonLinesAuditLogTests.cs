using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Spoke.Agents.Audit;

namespace Spoke.Agents.Tests.Audit;

public sealed class JsonLinesAuditLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spoke-audit-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Writes_one_complete_json_line_per_entry()
    {
        var path = Path.Combine(_directory, "audit.jsonl");
        var log = new JsonLinesAuditLog(path);

        await log.WriteAsync(Entry("a") with
        {
            RecordIds = ["7"],
            Changes = [new PropertyChange("7", "firstname", "Ada", "Grace")],
            HubSpotStatus = 200,
            CorrelationId = "c-1",
        });

        var line = Assert.Single(await File.ReadAllLinesAsync(path));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("a", root.GetProperty("agent").GetString());
        Assert.Equal("manage_hubspot_records", root.GetProperty("tool").GetString());
        Assert.Equal("update", root.GetProperty("action").GetString());
        Assert.Equal("contacts", root.GetProperty("objectType").GetString());
        Assert.Equal("7", root.GetProperty("recordIds")[0].GetString());
        Assert.Equal("Ada", root.GetProperty("changes")[0].GetProperty("old").GetString());
        Assert.Equal("Grace", root.GetProperty("changes")[0].GetProperty("new").GetString());
        Assert.Equal("succeeded", root.GetProperty("outcome").GetString());
        Assert.Equal(200, root.GetProperty("hubspotStatus").GetInt32());
        Assert.Equal("c-1", root.GetProperty("correlationId").GetString());
        Assert.Equal(12.5, root.GetProperty("durationMs").GetDouble());
    }

    [Fact]
    public async Task Several_writers_on_one_file_lose_and_tear_nothing()
    {
        var path = Path.Combine(_directory, "shared.jsonl");
        var first = new JsonLinesAuditLog(path);
        var second = new JsonLinesAuditLog(path);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(index => (index % 2 == 0 ? first : second).WriteAsync(Entry($"agent-{index}"))));

        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal(200, lines.Length);
        Assert.Equal(200, lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("agent").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task A_moved_file_is_recreated_at_the_next_entry()
    {
        var path = Path.Combine(_directory, "rotate.jsonl");
        var log = new JsonLinesAuditLog(path);
        await log.WriteAsync(Entry("before"));

        File.Move(path, path + ".1");
        await log.WriteAsync(Entry("after"));

        Assert.Contains("\"before\"", await File.ReadAllTextAsync(path + ".1"), StringComparison.Ordinal);
        Assert.Contains("\"after\"", Assert.Single(await File.ReadAllLinesAsync(path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_placeholder_gives_one_file_per_utc_day()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 23, 59, 0, TimeSpan.Zero));
        var log = new JsonLinesAuditLog(Path.Combine(_directory, "audit-{date}.jsonl"), clock);

        await log.WriteAsync(Entry("one"));
        clock.Advance(TimeSpan.FromMinutes(2));
        await log.WriteAsync(Entry("two"));

        Assert.True(File.Exists(Path.Combine(_directory, "audit-2026-11-22.jsonl")));
        Assert.True(File.Exists(Path.Combine(_directory, "audit-2026-11-23.jsonl")));
    }

    private static AuditEntry Entry(string agent) => new()
    {
        Time = DateTimeOffset.UnixEpoch,
        Agent = agent,
        Tool = "manage_hubspot_records",
        Action = "update",
        ObjectType = "contacts",
        Outcome = AuditOutcome.Succeeded,
        Duration = TimeSpan.FromMilliseconds(12.5),
    };
}
