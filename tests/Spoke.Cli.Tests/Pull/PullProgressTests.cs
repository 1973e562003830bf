using Spoke.Cli.Progress;
using Spoke.Cli.Schema;
using Spoke.Cli.Schema.Fetching;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Pull;

/// <summary>
/// A pull reports its progress (sources read of sources known, which grows as pipelines are found) for the live bar, and
/// draws nothing when its output is redirected, as in CI and these tests: there it prints only its plain lines.
/// </summary>
public sealed class PullProgressTests
{
    [Fact]
    public async Task The_reader_reports_each_source_read_of_every_source_known_so_far()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var client = new HubSpotClient(new HubSpotClientOptions { BaseAddress = emulator.Hub.BaseAddress, AccessToken = emulator.Hub.AccessToken });
        var steps = new List<WorkProgress>();
        var sources = SchemaSelection.Choose(["contacts", "deals", "tickets"], all: false, "unused");

        var files = await new LiveSchemaReader(client, TextWriter.Null, new RecordingProgress(steps)).ReadAllAsync(sources);

        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(step => step.Completed));
        Assert.All(steps, step => Assert.True(step.Completed <= step.Total, $"{step.Completed} of {step.Total}"));
        Assert.Equal(sources.Count, steps[0].Total);
        Assert.Equal(files.Count, steps[^1].Total);
        Assert.Equal(steps[^1].Total, steps[^1].Completed);
    }

    [Fact]
    public async Task A_redirected_pull_prints_plain_lines_and_no_progress_bar()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Path);

        var (exitCode, output) = await CliProcess.RunAsync(
            folder.Path,
            new Dictionary<string, string?> { ["HUBSPOT_BASE_URL"] = emulator.BaseUrl, ["CI"] = null },
            "schema", "pull", "--objects", "contacts,deals", "--out", "snapshots");

        Assert.True(exitCode == 0, output);
        Assert.Contains("GET crm/v3/properties/contacts", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain("Pulling schemas", output, StringComparison.Ordinal);
        Assert.False(ProgressDisplay.IsLive(new StringWriter()));
    }

    private sealed class RecordingProgress(List<WorkProgress> steps) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value) => steps.Add(value);
    }
}
