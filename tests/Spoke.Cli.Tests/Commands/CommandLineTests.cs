using Spoke.Cli.Tests.Infrastructure;
using static Spoke.Cli.Tests.Infrastructure.SnapshotJson;

namespace Spoke.Cli.Tests.Commands;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("schema", "pull", "--token", "secret");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--token", run.Error);
    }

    [Fact]
    public async Task Object_names_that_could_escape_the_folder_are_rejected()
    {
        var run = await CliRun.InvokeAsync("schema", "pull", "--objects", "contacts,../secrets");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("'../secrets' is not an object type name", run.Error);
    }

    [Fact]
    public async Task Objects_and_all_together_are_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("schema", "pull", "--objects", "contacts", "--all");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("either --objects or --all", run.Error);
    }

    [Fact]
    public async Task Empty_token_file_is_a_usage_error_that_names_the_file()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.Combine("token"), "  \n");

        var run = await CliRun.InvokeAsync("schema", "pull", "--objects", "contacts", "--token-file", folder.Combine("token"), "--out", folder.Combine("out"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(folder.Combine("token"), run.Error);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task Base_url_must_be_http()
    {
        var run = await CliRun.InvokeAsync("schema", "pull", "--base-url", "ftp://example.com");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--base-url must be an absolute http or https URL", run.Error);
    }

    [Fact]
    public async Task Unreachable_server_fails_with_request_failed_and_writes_nothing()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.Combine("token"), "pat-na1-test");

        var run = await CliRun.InvokeAsync(
            "schema", "pull", "--objects", "contacts", "--token-file", folder.Combine("token"), "--out", folder.Combine("out"), "--base-url", "http://127.0.0.1:1");

        Assert.Equal(ExitCodes.RequestFailed, run.ExitCode);
        Assert.Contains("GET crm/v3/properties/contacts failed: the connection could not be opened", run.Error);
        Assert.Contains($"after {CliRun.MaxRetries + 1} attempts", run.Error);
        Assert.DoesNotContain("HubSpot refused", run.Error);
        Assert.DoesNotContain("HubSpot answered", run.Error);
        Assert.Equal(CliRun.MaxRetries, run.RetryLines);
        Assert.Contains("No snapshot was changed", run.Error);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task Emulator_help_lists_the_emulators_own_options()
    {
        var run = await CliRun.InvokeAsync("emulator", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("spoke emulator [options]", run.Output);
        foreach (var option in new[] { "--port", "--listen", "--token", "--scopes", "--tier", "--oauth", "--seed", "--data-seed", "--schemas", "--data", "--no-rate-limits", "--search-delay", "--fault", "--fault-seed" })
        {
            Assert.Contains(option + " ", run.Output);
        }
    }

    [Theory]
    [InlineData("--port", "http", "--port must be a whole number from 0 to 65535")]
    [InlineData("--tier", "platinum", "--tier must be starter, professional, enterprise or api-limit-increase")]
    [InlineData("--fault", "kind=explode", "--fault kind must be status, latency, drop or lose-response")]
    [InlineData("--seed", "contacts", "--seed takes TYPE=COUNT pairs")]
    [InlineData("--bogus", "", "--bogus")]
    public async Task Emulator_arguments_it_cannot_accept_are_usage_errors_that_say_why(string option, string value, string message)
    {
        var run = await CliRun.InvokeAsync(value.Length == 0 ? ["emulator", option] : ["emulator", option, value]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public async Task Diff_against_a_folder_reports_changes_and_fails_only_at_the_requested_level()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Combine("before"));
        Directory.CreateDirectory(folder.Combine("added"));
        Directory.CreateDirectory(folder.Combine("removed"));
        File.WriteAllBytes(folder.Combine("before", "contacts.json"), Results(Property("email"), Property("fax")));
        File.WriteAllBytes(folder.Combine("added", "contacts.json"), Results(Property("email"), Property("fax"), Property("phone")));
        File.WriteAllBytes(folder.Combine("removed", "contacts.json"), Results(Property("email")));

        var additive = await Diff("added", "breaking");
        var additiveStrict = await Diff("added", "any");
        var breaking = await Diff("removed", "breaking");
        var reportOnly = await Diff("removed", "none");
        var same = await Diff("before", "any");

        Assert.Equal(
            [ExitCodes.Success, ExitCodes.ChangesFound, ExitCodes.ChangesFound, ExitCodes.Success, ExitCodes.Success],
            new[] { additive, additiveStrict, breaking, reportOnly, same }.Select(r => r.ExitCode));
        Assert.Contains("property added", additive.Output);
        Assert.Contains("phone: string/text", additive.Output);
        Assert.Contains("BREAKING property removed", breaking.Output);
        Assert.Contains("1 change(s), 1 breaking.", breaking.Output);
        Assert.Contains("No schema changes", same.Output);

        Task<CliRun> Diff(string against, string failOn) =>
            CliRun.InvokeAsync("schema", "diff", "--snapshots", folder.Combine("before"), "--against", folder.Combine(against), "--fail-on", failOn);
    }

    [Fact]
    public async Task Diff_with_against_and_live_is_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("schema", "diff", "--against", "x", "--live");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
    }
}
