using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Configuration;

/// <summary>
/// The CLI reads the same names as the library: <c>HUBSPOT_BASE_URL</c> when <c>--base-url</c> is not given, <c>HUBSPOT_TOKEN</c>
/// when <c>--token-file</c> is not; a local emulator's address needs no token. Each runs the real CLI process.
/// </summary>
public sealed class EnvironmentConfigurationTests
{
    [Fact]
    public async Task HUBSPOT_BASE_URL_alone_pulls_from_a_local_emulator_without_a_token()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();

        var (exitCode, output) = await CliProcess.RunAsync(
            folder.Path,
            new Dictionary<string, string?> { ["HUBSPOT_BASE_URL"] = emulator.BaseUrl },
            "schema", "pull", "--objects", "contacts", "--out", "snapshots");

        Assert.True(exitCode == 0, output);
        Assert.Contains($"from {emulator.BaseUrl}", output, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("snapshots", "contacts.json")), output);
    }

    [Fact]
    public async Task Base_url_on_the_command_line_wins_over_HUBSPOT_BASE_URL()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();

        var (exitCode, output) = await CliProcess.RunAsync(
            folder.Path,
            new Dictionary<string, string?> { ["HUBSPOT_BASE_URL"] = "not a url", ["HUBSPOT_TOKEN"] = emulator.Hub.AccessToken },
            "schema", "pull", "--objects", "contacts", "--out", "snapshots", "--base-url", emulator.BaseUrl);

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(folder.Combine("snapshots", "contacts.json")), output);
    }

    [Fact]
    public async Task A_bad_HUBSPOT_BASE_URL_is_a_usage_error_naming_the_variable()
    {
        using var folder = new TemporaryDirectory();

        var (exitCode, output) = await CliProcess.RunAsync(
            folder.Path,
            new Dictionary<string, string?> { ["HUBSPOT_BASE_URL"] = "127.0.0.1:5080" },
            "schema", "pull", "--objects", "contacts", "--out", "snapshots");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("HUBSPOT_BASE_URL must be an absolute http or https URL", output, StringComparison.Ordinal);
        Assert.Contains("'127.0.0.1:5080'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remote_address_without_a_token_says_where_to_set_one()
    {
        using var folder = new TemporaryDirectory();

        var (exitCode, output) = await CliProcess.RunAsync(
            folder.Path,
            new Dictionary<string, string?> { ["HUBSPOT_BASE_URL"] = null },
            "schema", "pull", "--objects", "contacts", "--out", "snapshots");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("No HubSpot access token for https://api.hubapi.com/", output, StringComparison.Ordinal);
        Assert.Contains("HUBSPOT_TOKEN", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("snapshots")));
    }
}
