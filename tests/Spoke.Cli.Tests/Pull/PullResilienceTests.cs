using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Pull;

/// <summary>
/// A pull goes through the runtime's client: its retries, its one exception and its one reader of HubSpot's error body. A
/// gateway on its own socket stands in front of the emulator and answers the way a load balancer in front of HubSpot does.
/// </summary>
public sealed class PullResilienceTests
{
    [Fact]
    public async Task A_429_and_an_html_502_from_a_gateway_are_retried_and_the_pull_succeeds()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var gateway = await FlakyGateway.StartAsync(emulator.Hub, ScriptedAnswer.RateLimited, ScriptedAnswer.BadGatewayPage);
        using var folder = new TemporaryDirectory();

        var run = await CliRun.InvokeAsync(
            "schema", "pull", "--objects", "tickets", "--out", folder.Path, "--base-url", gateway.BaseUrl, "--token-file", emulator.TokenFile);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(4, gateway.Requests); // the two refused attempts, the properties, and the tickets' pipelines
        Assert.Equal(2, run.RetryLines);
        Assert.Contains("HubSpot GET crm/v3/properties/tickets attempt 1 failed (rate limited); retrying in", run.Error);
        Assert.Contains("HubSpot GET crm/v3/properties/tickets attempt 2 failed (status 502); retrying in", run.Error);
        var direct = await emulator.PullAsync(folder.Combine("direct"), "--objects", "tickets");
        Assert.Equal(ExitCodes.Success, direct.ExitCode);
        Assert.Equal(File.ReadAllBytes(folder.Combine("direct", "tickets.json")), File.ReadAllBytes(folder.Combine("tickets.json")));
    }

    [Fact]
    public async Task A_gateway_that_keeps_answering_html_is_described_as_such_and_nothing_is_written()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var gateway = await FlakyGateway.StartAsync(
            emulator.Hub, [.. Enumerable.Repeat(ScriptedAnswer.BadGatewayPage, CliRun.MaxRetries + 1)]);
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.Combine("tickets.json"), "old tickets");

        var run = await CliRun.InvokeAsync(
            "schema", "pull", "--out", folder.Path, "--base-url", gateway.BaseUrl, "--token-file", emulator.TokenFile);

        Assert.Equal(ExitCodes.RequestFailed, run.ExitCode);
        Assert.Equal(CliRun.MaxRetries + 1, gateway.Requests);
        Assert.Equal(CliRun.MaxRetries, run.RetryLines);
        Assert.Contains("HubSpot answered 502 BadGateway to GET crm/v3/properties/tickets with a body that is not a HubSpot error (text/html)", run.Error);
        Assert.Contains("502 Bad Gateway", run.Error);
        Assert.Contains("No snapshot was changed.", run.Error);
        Assert.Equal("old tickets", File.ReadAllText(folder.Combine("tickets.json")));
    }

    [Fact]
    public async Task A_malformed_token_is_a_usage_error_before_any_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var gateway = await FlakyGateway.StartAsync(emulator.Hub);
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.Combine("token"), "Bearer pat-na1-emulator-local-dev");

        var run = await CliRun.InvokeAsync(
            "schema", "pull", "--objects", "tickets", "--out", folder.Combine("out"), "--base-url", gateway.BaseUrl, "--token-file", folder.Combine("token"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("AccessToken must be the token alone", run.Error);
        Assert.Equal(0, gateway.Requests);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }
}
