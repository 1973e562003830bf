using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Commands;

/// <summary><c>spoke mcp</c>'s token authorization options: a wrong combination is a usage error that says what to pass.</summary>
public sealed class McpAuthorizationOptionTests
{
    [Theory]
    [InlineData("--auth-audience|https://mcp.example.com/", "pass --auth-issuer URL too")]
    [InlineData("--agent-claim|email", "pass --auth-issuer URL too")]
    [InlineData("--auth-issuer|https://login.example.com/tenant", "--auth-issuer needs --auth-audience")]
    [InlineData("--auth-issuer|http://login.example.com/tenant|--auth-audience|https://mcp.example.com/", "must be an absolute https:// URL")]
    [InlineData("--auth-issuer|/tenant|--auth-audience|https://mcp.example.com/", "must be an absolute https:// URL")]
    [InlineData("--auth-issuer|https://login.example.com/|--auth-audience|https://mcp.example.com/|--agent-claim| ", "needs the claim that names the agent")]
    public async Task Token_authorization_options_that_do_not_fit_together_are_usage_errors(string options, string expected)
    {
        using var folder = Folder();

        var run = await CliRun.InvokeAsync([.. Mcp(folder), "--http", "127.0.0.1:1", .. options.Split('|')]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_authorization_over_stdio_is_a_usage_error()
    {
        using var folder = Folder();

        var run = await CliRun.InvokeAsync([.. Mcp(folder), "--agent", "analyst", "--auth-issuer", "https://login.example.com/", "--auth-audience", "https://mcp.example.com/"]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("Token authorization (--auth-issuer) is for the HTTP transport", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_without_keys_or_token_authorization_says_how_to_name_agents()
    {
        using var folder = Folder();

        var run = await CliRun.InvokeAsync([.. Mcp(folder), "--http", "127.0.0.1:1"]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--auth-issuer and --auth-audience", run.Error, StringComparison.Ordinal);
    }

    private static TemporaryDirectory Folder()
    {
        var folder = new TemporaryDirectory();
        File.WriteAllText(folder.Combine("token"), "pat-unused");
        File.WriteAllText(folder.Combine("policy.json"), """{"agents": {"analyst": {"*": "read"}}}""");
        return folder;
    }

    private static string[] Mcp(TemporaryDirectory folder) =>
        ["mcp", "--policy", folder.Combine("policy.json"), "--token-file", folder.Combine("token"), "--base-url", "http://127.0.0.1:9/"];
}
