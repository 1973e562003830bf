using System.CommandLine;

namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>Runs the spoke command line in process and captures its exit code, stdout and stderr.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The retries the runtime makes after the first attempt, in these tests.</summary>
    public const int MaxRetries = 2;

    /// <summary>The lines the runtime's retries put on stderr.</summary>
    public int RetryLines => Error.Split('\n').Count(line => line.Contains("; retrying in", StringComparison.Ordinal));

    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ParseErrorReport.InvokeAsync(
            SpokeCommandLine.Create(FastRetries).Parse(args), new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    // The runtime's own retries, with delays short enough that failure tests do not wait out HubSpot-sized back-offs.
    private static void FastRetries(HubSpotClientOptions options)
    {
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.Retry.RetryAfterPadding = TimeSpan.Zero;
    }
}
