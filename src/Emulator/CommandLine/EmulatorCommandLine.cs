using System.Runtime.InteropServices;

namespace Spoke.Emulator.CommandLine;

/// <summary>Runs the emulator from the command line: parse, start, print the base URL and token, wait for Ctrl+C.</summary>
internal static class EmulatorCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        HubSpotEmulatorOptions options;
        try
        {
            options = EmulatorArguments.Parse(args, out var showHelp);
            if (showHelp)
            {
                await output.WriteLineAsync(EmulatorArguments.Usage).ConfigureAwait(false);
                return 0;
            }
        }
        catch (CommandLineError exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 2;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnSignal(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var started = false;
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
            await error.WriteLineAsync(started ? $"The emulator stopped with an error: {exception.Message}" : $"The emulator could not start: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
