using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.InteropServices;

namespace Spoke.Emulator.CommandLine;

/// <summary>Runs the emulator from the command line: parse, start, print the base URL and token, wait for Ctrl+C.</summary>
internal static class EmulatorCommandLine
{
    /// <summary>The command name the emulator's own entry point shows in its help.</summary>
    public const string StandaloneName = "spoke-emulator";

    /// <summary>
    /// Parses <paramref name="args"/> with the emulator's one command definition and runs it: 0 after Ctrl+C or
    /// <c>--help</c>, 2 for arguments it cannot accept (each problem said on <paramref name="error"/>), 1 when the emulator
    /// cannot start or stops with an error.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var command = EmulatorCommand.Create(StandaloneName);
        command.Options.Add(new HelpOption());
        var parseResult = command.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var problem in parseResult.Errors)
            {
                await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run with --help to see the options.").ConfigureAwait(false);
            return 2;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts an emulator with <paramref name="options"/>, says where it listens, and serves until cancelled or Ctrl+C.</summary>
    public static async Task<int> ServeAsync(HubSpotEmulatorOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnSignal(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var started = false;
        options.SeedProgress ??= new SeedProgressWriter(error, TimeProvider.System);
        try
        {
            await using var hub = await HubSpotEmulator.StartAsync(options, stop.Token).ConfigureAwait(false);
            await output.WriteLineAsync($"HubSpot emulator listening on {hub.BaseAddress}").ConfigureAwait(false);
            await output.WriteLineAsync($"Access token: {hub.AccessToken}").ConfigureAwait(false);
            await output.WriteLineAsync(options.RateLimits.Enabled ? "Rate limits: on" : "Rate limits: off").ConfigureAwait(false);
            if (options.DataFile is not null)
            {
                await output.WriteLineAsync($"Data file: {Path.GetFullPath(options.DataFile)} (every write journaled; a crash loses at most the last second)").ConfigureAwait(false);
            }

            await output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
            started = true;
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            return 0;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or InvalidDataException)
        {
            // ArgumentException's "(Parameter 'x')" suffix names a C# parameter the user never saw.
            var message = exception is ArgumentException { ParamName: { } parameter }
                ? exception.Message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal)
                : exception.Message;
            await error.WriteLineAsync(started ? $"The emulator stopped with an error: {message}" : $"The emulator could not start: {message}").ConfigureAwait(false);
            return 1;
        }
    }
}
