namespace Spoke.Cli.Tests.BuildIntegration;

/// <summary>A build with no snapshot to read says so (SPOKE292) before the user's code fails on a namespace that was never generated.</summary>
public sealed class SnapshotCheckTests
{
    private static readonly Dictionary<string, string?> NoToken = new() { ["HUBSPOT_TOKEN"] = null };

    [Fact]
    public async Task A_project_without_a_snapshot_folder_is_warned_with_the_folder_and_the_fix()
    {
        using var project = new RefreshTargetsProject();

        var (exitCode, output) = await project.BuildQuietAsync(NoToken);

        Assert.True(exitCode == 0, output);
        var warning = Assert.Single(output.Split('\n'), line => line.Contains("warning SPOKE292", StringComparison.Ordinal));
        Assert.Contains(project.SnapshotDirectory, warning);
        Assert.Contains("spoke schema pull", warning);
        Assert.Contains("Refresh.HubSpot", warning);
    }

    [Fact]
    public async Task An_empty_snapshot_folder_is_warned_too()
    {
        using var project = new RefreshTargetsProject();
        Directory.CreateDirectory(project.SnapshotDirectory);
        File.WriteAllText(Path.Combine(project.SnapshotDirectory, "notes.txt"), "not a snapshot");

        var (_, output) = await project.BuildQuietAsync(NoToken);

        Assert.Contains("warning SPOKE292", output);
    }

    [Fact]
    public async Task A_project_with_a_snapshot_or_that_opted_out_is_not_warned()
    {
        using var withSnapshot = new RefreshTargetsProject();
        Directory.CreateDirectory(withSnapshot.SnapshotDirectory);
        File.WriteAllText(Path.Combine(withSnapshot.SnapshotDirectory, "contacts.json"), """{"results": []}""");
        using var optedOut = new RefreshTargetsProject();

        var snapshot = await withSnapshot.BuildQuietAsync(NoToken);
        var opted = await optedOut.BuildQuietAsync(NoToken, "SpokeWarnWithoutSnapshots=false");

        Assert.True(snapshot.ExitCode == 0 && opted.ExitCode == 0, snapshot.Output + opted.Output);
        Assert.DoesNotContain("SPOKE292", snapshot.Output);
        Assert.DoesNotContain("SPOKE292", opted.Output);
    }
}
