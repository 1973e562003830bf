using System.Net;
using System.Net.Sockets;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Commands;

/// <summary>
/// Every message of the CLI is one line a person can act on: no C# parameter names, no CLR type names, no raw
/// System.Text.Json positions, no help text after a one-line error, no stack traces; a server says where it listens.
/// </summary>
public sealed class CliMessageTests
{
    [Fact]
    public async Task A_parse_error_prints_the_error_and_one_hint_line_not_the_whole_help()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Path);

        var (exitCode, output) = await CliProcess.RunAsync(folder.Path, new Dictionary<string, string?>(), "schema", "pull", "--bogus");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("error: Unrecognized command or argument '--bogus'.", lines);
        Assert.Equal("Run 'spoke schema pull --help' for usage.", lines[^1]);
        Assert.DoesNotContain("Description:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Options:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_enum_value_lists_the_words_to_type_not_the_clr_type()
    {
        var run = await CliRun.InvokeAsync("schema", "diff", "--against", ".", "--fail-on", "nope");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--fail-on must be none, breaking or any, not 'nope'.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Spoke.Cli", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("FailureLevel", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_snapshot_names_the_file_and_the_one_based_line_and_position()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Combine("before"));
        File.WriteAllText(folder.Combine("before", "contacts.json"), "{\"results\": [\n  {\"name\": \"x\",, }\n]}");

        var run = await CliRun.InvokeAsync("schema", "diff", "--snapshots", folder.Combine("before"), "--against", folder.Combine("before"));

        Assert.Equal(ExitCodes.SnapshotError, run.ExitCode);
        Assert.Contains("'contacts.json' is not a HubSpot schema snapshot: line 2, position 16: ',' is an invalid start of a property name.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_policy_file_names_the_one_based_line_without_the_parameter_suffix()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.Combine("policy.json"), "{\n  \"agents\": {,}\n}");

        var run = await CliRun.InvokeAsync("mcp", "--policy", folder.Combine("policy.json"), "--agent", "bot", "--base-url", "http://127.0.0.1:9/");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("is not valid JSON: line 2, position 14:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_mcp_option_error_has_no_parameter_suffix()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.Combine("policy.json"), "{\"agents\": {\"bot\": {\"contacts\": \"read\"}}}");

        var run = await CliRun.InvokeAsync("mcp", "--policy", folder.Combine("policy.json"), "--base-url", "http://127.0.0.1:9/");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("pass --agent NAME", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_on_a_taken_port_says_so_in_one_line_without_a_stack_trace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Path);

        var (exitCode, output) = await CliProcess.RunAsync(folder.Path, new Dictionary<string, string?>(), "emulator", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("The emulator could not start:", output, StringComparison.Ordinal);
        Assert.Contains("address already in use", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mcp_over_http_on_a_taken_port_says_so_in_one_line_without_a_stack_trace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.Combine("policy.json"), "{\"agents\": {\"bot\": {\"contacts\": \"read\"}}, \"keys\": {\"" + new string('a', 64) + "\": \"bot\"}}");

        var (exitCode, output) = await CliProcess.RunAsync(
            folder.Path, new Dictionary<string, string?>(), "mcp", "--http", $"127.0.0.1:{port}", "--policy", "policy.json", "--base-url", "http://127.0.0.1:9/");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains($"error: Cannot serve MCP on 127.0.0.1:{port}: the port is already in use. Pick another port for --http.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mcp_over_http_says_on_stderr_where_it_listens()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.Combine("policy.json"), "{\"agents\": {\"bot\": {\"contacts\": \"read\"}}, \"keys\": {\"" + new string('a', 64) + "\": \"bot\"}}");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { RepositoryPaths.CliAssembly, "mcp", "--http", $"127.0.0.1:{port}", "--policy", "policy.json", "--base-url", "http://127.0.0.1:9/" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var line = await process.StandardError.ReadLineAsync(timeout.Token);

            Assert.Equal($"spoke mcp: serving streamable HTTP on http://127.0.0.1:{port}/ (Ctrl+C to stop)", line);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal(string.Empty, await process.StandardOutput.ReadToEndAsync());
    }
}
