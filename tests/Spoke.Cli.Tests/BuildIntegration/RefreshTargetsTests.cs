using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.BuildIntegration;

public sealed class RefreshTargetsTests
{
    private static readonly Dictionary<string, string?> NoToken = new() { ["HUBSPOT_TOKEN"] = null };

    [Fact]
    public async Task Normal_build_does_not_refresh()
    {
        using var project = new RefreshTargetsProject();

        var (exitCode, output) = await project.BuildAsync(NoToken, "SpokeCliCommand=command-that-does-not-exist");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("command-that-does-not-exist", output);
    }

    [Fact]
    public async Task Refresh_without_a_token_fails_with_a_clear_message()
    {
        using var project = new RefreshTargetsProject();

        var (exitCode, output) = await project.BuildAsync(NoToken, "SpokeRefreshSchema=true");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error SPOKE290", output);
        Assert.Contains("no HubSpot token is available. Set the HUBSPOT_TOKEN environment variable or the SpokeTokenFile property", output);
    }

    [Fact]
    public async Task Refresh_with_a_missing_token_file_names_the_file()
    {
        using var project = new RefreshTargetsProject();
        var missing = Path.Combine(project.Directory, "missing-token");

        var (exitCode, output) = await project.BuildAsync(NoToken, "SpokeRefreshSchema=true", $"SpokeTokenFile={missing}");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error SPOKE290", output);
        Assert.Contains(missing, output);
    }

    [Fact]
    public async Task Refresh_with_a_token_pulls_into_the_schema_directory_before_compiling()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var project = new RefreshTargetsProject();

        var (exitCode, output) = await project.BuildAsync(
            NoToken,
            "SpokeRefreshSchema=true",
            "SpokeRefreshObjects=contacts%2Cdeals",
            $"SpokeHubSpotBaseUrl={emulator.BaseUrl}",
            $"SpokeTokenFile={emulator.TokenFile}",
            $"SpokeCliCommand=dotnet \"{RepositoryPaths.CliAssembly}\"");

        Assert.True(exitCode == 0, output);
        Assert.Equal(["contacts.json", "deals.json", "deals.pipelines.json"], Directory.GetFiles(project.SnapshotDirectory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Refresh_with_only_HUBSPOT_BASE_URL_set_to_a_local_emulator_pulls_without_a_token()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var project = new RefreshTargetsProject();

        var (exitCode, output) = await project.BuildAsync(
            new Dictionary<string, string?> { ["HUBSPOT_TOKEN"] = null, ["HUBSPOT_BASE_URL"] = emulator.BaseUrl },
            "SpokeRefreshSchema=true",
            "SpokeRefreshObjects=contacts",
            $"SpokeCliCommand=dotnet \"{RepositoryPaths.CliAssembly}\"");

        Assert.True(exitCode == 0, output);
        Assert.Equal(["contacts.json"], Directory.GetFiles(project.SnapshotDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Refresh_that_the_cli_rejects_fails_the_build_and_keeps_the_snapshots()
    {
        using var project = new RefreshTargetsProject();
        Directory.CreateDirectory(project.SnapshotDirectory);
        File.WriteAllText(Path.Combine(project.SnapshotDirectory, "contacts.json"), "kept");

        var (exitCode, output) = await project.BuildAsync(
            new Dictionary<string, string?> { ["HUBSPOT_TOKEN"] = "pat-na1-test" },
            "SpokeRefreshSchema=true",
            "SpokeRefreshObjects=../escape",
            $"SpokeCliCommand=dotnet \"{RepositoryPaths.CliAssembly}\"");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("'../escape' is not an object type name", output);
        Assert.Contains("error SPOKE291", output);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(project.SnapshotDirectory, "contacts.json")));
    }

    [Fact]
    public async Task A_quiet_build_shows_the_clis_message_in_the_refresh_error()
    {
        using var project = new RefreshTargetsProject();

        var (exitCode, output) = await project.BuildQuietAsync(
            new Dictionary<string, string?> { ["HUBSPOT_TOKEN"] = "pat-na1-test" },
            "SpokeRefreshSchema=true",
            "SpokeRefreshObjects=../escape",
            $"SpokeCliCommand=dotnet \"{RepositoryPaths.CliAssembly}\"");

        Assert.NotEqual(0, exitCode);
        var error = Assert.Single(output.Split('\n'), line => line.Contains("error SPOKE291", StringComparison.Ordinal));
        Assert.Contains("'../escape' is not an object type name", error);
    }

    [Fact]
    public async Task Without_a_tool_manifest_the_global_tool_is_the_default_command()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The stand-in global tool below is a shell script.
        }

        using var project = new RefreshTargetsProject();
        using var home = new TemporaryDirectory();
        var tools = Directory.CreateDirectory(Path.Combine(home.Path, ".dotnet", "tools"));
        var globalTool = Path.Combine(tools.FullName, "spoke");
        File.WriteAllText(globalTool, "#!/bin/sh\necho \"global spoke ran: $*\"\nexit 3\n");
        File.SetUnixFileMode(globalTool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (exitCode, output) = await project.BuildQuietAsync(
            new Dictionary<string, string?>
            {
                ["HUBSPOT_TOKEN"] = "pat-na1-test",
                ["HOME"] = home.Path,
                ["DOTNET_CLI_HOME"] = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            },
            "SpokeRefreshSchema=true");

        Assert.NotEqual(0, exitCode);
        var error = Assert.Single(output.Split('\n'), line => line.Contains("error SPOKE291", StringComparison.Ordinal));
        Assert.Contains("global spoke ran: schema pull --out", error);
        Assert.Contains("exited with 3", error);
    }
}
