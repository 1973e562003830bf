using System.Net.Http.Json;
using Spoke.Cli.Tests.Infrastructure;
using Spoke.Emulator;

namespace Spoke.Cli.Tests.Pull;

public sealed class SchemaPullTests
{
    [Fact]
    public async Task Pull_all_writes_every_object_the_account_has_and_a_second_pull_is_byte_identical()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();

        var first = await emulator.PullAsync(folder.Path, "--all");
        var afterFirst = Snapshot(folder.Path);
        var second = await emulator.PullAsync(folder.Path, "--all");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(["companies.json", "contacts.json", "deals.json", "deals.pipelines.json", "line_items.json", "schemas.json", "tickets.json", "tickets.pipelines.json"], afterFirst.Keys);
        Assert.Contains("products properties: the account does not have this object type; skipped", first.Error);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.All(afterFirst, file => Assert.Equal(file.Value, File.ReadAllBytes(Path.Combine(folder.Path, file.Key))));
        Assert.Equal(8, second.Output.Split('\n').Count(line => line.StartsWith("unchanged", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Pulled_snapshot_keeps_every_key_and_value_the_account_sent()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();

        var run = await emulator.PullAsync(folder.Path, "--objects", "contacts");

        Assert.Contains("contacts properties: 367 entries", run.Error);
        var served = File.ReadAllText(Path.Combine(RepositoryPaths.SchemaSnapshots, "contacts.json")).TrimEnd() + "\n";
        Assert.Equal(served, File.ReadAllText(Path.Combine(folder.Path, "contacts.json")));
    }

    [Fact]
    public async Task A_failing_request_leaves_every_file_as_it_was()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "contacts.json"), "old contacts");
        File.WriteAllText(Path.Combine(folder.Path, "companies.json"), "old companies");
        var before = Snapshot(folder.Path);

        var run = await emulator.PullAsync(folder.Path, "--objects", "contacts,companies,no_such_object");

        Assert.Equal(ExitCodes.RequestFailed, run.ExitCode);
        Assert.Contains("HubSpot answered 400 BadRequest to GET crm/v3/properties/no_such_object", run.Error);
        Assert.Contains("Check the object type name", run.Error);
        Assert.Contains("No snapshot was changed.", run.Error);
        Assert.Equal(before, Snapshot(folder.Path));
    }

    [Fact]
    public async Task Server_errors_are_retried_then_reported_without_touching_files()
    {
        await using var emulator = await EmulatorFixture.StartAsync(options =>
            options.Faults.Rules.Add(new FaultRule(FaultKind.Status) { StatusCode = 503, PathPattern = "/crm/v3/properties/deals*" }));
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "contacts.json"), "old contacts");

        var run = await emulator.PullAsync(folder.Path, "--objects", "contacts,deals");

        Assert.Equal(ExitCodes.RequestFailed, run.ExitCode);
        Assert.Contains("HubSpot answered 503 ServiceUnavailable to GET crm/v3/properties/deals", run.Error);
        Assert.Contains("fault injected by the emulator", run.Error);
        Assert.Equal(CliRun.MaxRetries, run.RetryLines);
        Assert.Equal("old contacts", File.ReadAllText(Path.Combine(folder.Path, "contacts.json")));
        Assert.False(File.Exists(Path.Combine(folder.Path, "deals.json")));
    }

    [Fact]
    public async Task A_rejected_token_is_reported_as_a_failed_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.Combine("wrong-token"), "pat-na1-not-a-real-token");

        var run = await CliRun.InvokeAsync(
            "schema", "pull", "--objects", "contacts", "--out", folder.Combine("out"), "--base-url", emulator.BaseUrl, "--token-file", folder.Combine("wrong-token"));

        Assert.Equal(ExitCodes.RequestFailed, run.ExitCode);
        Assert.Contains("HubSpot answered 401 Unauthorized", run.Error);
        Assert.Contains("Check that the access token is current", run.Error);
        Assert.Equal(0, run.RetryLines);
        Assert.DoesNotContain("pat-na1-not-a-real-token", run.Error + run.Output);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task Without_objects_a_pull_refreshes_the_snapshots_already_in_the_folder()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "deals.json"), "stale");

        var run = await emulator.PullAsync(folder.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["deals.json", "deals.pipelines.json"], Snapshot(folder.Path).Keys);
        Assert.StartsWith("updated", run.Output);
    }

    [Fact]
    public async Task A_property_added_in_the_account_shows_in_diff_live_and_updates_only_its_snapshot()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        await emulator.PullAsync(folder.Path, "--objects", "contacts,deals");
        var dealsBefore = File.ReadAllBytes(Path.Combine(folder.Path, "deals.json"));

        using var client = emulator.Hub.CreateClient();
        var created = await client.PostAsJsonAsync("crm/v3/properties/contacts", new
        {
            name = "favourite_colour",
            label = "Favourite colour",
            type = "enumeration",
            fieldType = "select",
            groupName = "contactinformation",
            options = new[] { new { label = "Red", value = "red" } },
        });
        created.EnsureSuccessStatusCode();

        var diffAny = await CliRun.InvokeAsync(
            "schema", "diff", "--live", "--snapshots", folder.Path, "--base-url", emulator.BaseUrl, "--token-file", emulator.TokenFile, "--fail-on", "any");
        var diffBreaking = await CliRun.InvokeAsync(
            "schema", "diff", "--snapshots", folder.Path, "--base-url", emulator.BaseUrl, "--token-file", emulator.TokenFile, "--fail-on", "breaking");
        var pull = await emulator.PullAsync(folder.Path);

        Assert.Equal(ExitCodes.ChangesFound, diffAny.ExitCode);
        Assert.Contains("favourite_colour: enumeration/select", diffAny.Output);
        Assert.Equal(ExitCodes.Success, diffBreaking.ExitCode);
        Assert.Contains($"updated   {Path.Combine(folder.Path, "contacts.json")}", pull.Output);
        Assert.Contains($"unchanged {Path.Combine(folder.Path, "deals.json")}", pull.Output);
        Assert.Equal(dealsBefore, File.ReadAllBytes(Path.Combine(folder.Path, "deals.json")));
        Assert.Contains("\"name\": \"favourite_colour\"", File.ReadAllText(Path.Combine(folder.Path, "contacts.json")));
    }

    [Fact]
    public async Task Token_is_read_from_the_environment_when_no_file_is_given()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        Environment.SetEnvironmentVariable("HUBSPOT_TOKEN", emulator.Hub.AccessToken);
        try
        {
            var run = await CliRun.InvokeAsync("schema", "pull", "--objects", "tickets", "--out", folder.Path, "--base-url", emulator.BaseUrl);

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(folder.Path, "tickets.json")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HUBSPOT_TOKEN", null);
        }
    }

    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes), StringComparer.Ordinal);
}
