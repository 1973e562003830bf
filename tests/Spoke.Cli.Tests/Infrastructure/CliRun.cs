using System.CommandLine;
using Spoke.Cli.Schema.Fetching;

namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>Runs the spoke command line in process and captures its exit code, stdout and stderr.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Retries quickly so failure tests do not wait out HubSpot-sized back-offs.</summary>
    internal static RetrySchedule FastRetries { get; } = new(2, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50));

    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await SpokeCommandLine.Create(FastRetries).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
