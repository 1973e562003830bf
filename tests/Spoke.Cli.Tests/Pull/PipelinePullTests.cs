using Spoke.Cli.Tests.Infrastructure;
using Spoke.Emulator;
using Spoke.Pipelines;

namespace Spoke.Cli.Tests.Pull;

/// <summary>Pull snapshots the pipelines of deals and tickets byte for byte, all or nothing; diff reports their changes.</summary>
public sealed class PipelinePullTests
{
    [Fact]
    public async Task Pull_writes_the_pipelines_of_deals_and_tickets_exactly_as_HubSpot_sent_them_and_none_for_contacts()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        using var client = ClientOf(emulator);

        var run = await emulator.PullAsync(folder.Path, "--objects", "deals,tickets,contacts");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(["contacts.json", "deals.json", "deals.pipelines.json", "tickets.json", "tickets.pipelines.json"],
            Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var objectType in new[] { "deals", "tickets" })
        {
            var served = await client.SendAsync(HubSpotRequest.Get($"crm/v3/pipelines/{objectType}"));
            Assert.Equal(served.Content.ToArray(), File.ReadAllBytes(Path.Combine(folder.Path, $"{objectType}.pipelines.json")));
        }

        Assert.Contains("deals pipelines: 1 entries", run.Error);
        var second = await emulator.PullAsync(folder.Path);
        Assert.True(second.ExitCode == ExitCodes.Success, second.Error);
        Assert.Contains($"unchanged {Path.Combine(folder.Path, "deals.pipelines.json")}", second.Output);
    }

    [Fact]
    public async Task A_pipelines_request_that_keeps_failing_fails_the_whole_pull_and_changes_no_file()
    {
        await using var emulator = await EmulatorFixture.StartAsync(options =>
            options.Faults.Rules.Add(new FaultRule(FaultKind.Status) { StatusCode = 503, PathPattern = "/crm/v3/pipelines/tickets" }));
        using var folder = new TemporaryDirectory();

        File.WriteAllText(folder.Combine("deals.json"), "old deals");

        var run = await emulator.PullAsync(folder.Path, "--objects", "deals,tickets");

        Assert.Equal(ExitCodes.RequestFailed, run.ExitCode);
        Assert.Contains("No snapshot was changed.", run.Error);
        Assert.Equal(CliRun.MaxRetries, run.RetryLines);
        Assert.Equal(["deals.json"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
        Assert.Equal("old deals", File.ReadAllText(folder.Combine("deals.json")));
    }

    [Fact]
    public async Task A_stage_archived_or_relabelled_in_HubSpot_is_a_breaking_diff_because_the_generated_stage_goes_or_is_renamed()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        using var client = ClientOf(emulator);
        var doomed = await client.Pipelines.CreateStageAsync(CrmObjectType.Deals, "default", new CrmPipelineStageInput { Label = "Doomed", DisplayOrder = 8, Probability = 0.1m });
        Assert.Equal(ExitCodes.Success, (await emulator.PullAsync(folder.Path, "--objects", "deals")).ExitCode);

        await client.Pipelines.UpdateStageAsync(CrmObjectType.Deals, "default", "contractsent", label: "Contract out");
        var relabelled = await Diff(emulator, folder.Path);
        await client.Pipelines.ArchiveStageAsync(CrmObjectType.Deals, "default", doomed.Id);
        var archived = await Diff(emulator, folder.Path);

        Assert.True(relabelled.ExitCode == ExitCodes.ChangesFound, relabelled.Output + relabelled.Error);
        Assert.Contains("stage relabelled", relabelled.Output);
        Assert.Contains("pipeline \"default\" stage \"contractsent\": \"Contract Sent\" -> \"Contract out\"", relabelled.Output);
        Assert.Contains("BREAKING option renamed     dealstage: DealStage.ContractSent (option 'contractsent') is now ContractOut", relabelled.Output);
        Assert.Contains("2 change(s), 1 breaking.", relabelled.Output);
        Assert.Equal(ExitCodes.ChangesFound, archived.ExitCode);
        Assert.Contains("BREAKING stage removed", archived.Output);
        Assert.Contains($"pipeline \"default\" stage \"{doomed.Id}\" (\"Doomed\")", archived.Output);
    }

    private static Task<CliRun> Diff(EmulatorFixture emulator, string snapshots) =>
        CliRun.InvokeAsync("schema", "diff", "--snapshots", snapshots, "--base-url", emulator.BaseUrl, "--token-file", emulator.TokenFile, "--fail-on", "breaking");

    private static HubSpotClient ClientOf(EmulatorFixture emulator) =>
        new(new HubSpotClientOptions { AccessToken = emulator.Hub.AccessToken, BaseAddress = emulator.Hub.BaseAddress });
}
