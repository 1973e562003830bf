using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Tests.Persistence;

/// <summary>
/// The emulator as its own process (<c>dotnet Spoke.Emulator.dll --data FILE</c>, the command-line entry point), so a
/// test can kill it with SIGKILL the way a crash or an out-of-memory kill ends it: no shutdown code runs.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StringBuilder output;

    private EmulatorProcess(Process process, StringBuilder output, Uri baseAddress)
    {
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the emulator on a free port with limits off and waits until it listens.</summary>
    public static async Task<EmulatorProcess> StartAsync(string dataFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Spoke.Emulator.dll"), "--port", "0", "--no-rate-limits", "--data", dataFile, "--schemas", SchemaDirectoryLocator.Locate(null) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => OnLine(line.Data);
        process.ErrorDataReceived += (_, line) => OnLine(line.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The emulator exited with {process.ExitCode} before listening:\n{Printed()}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new EmulatorProcess(process, output, await listening.Task.WaitAsync(StartTimeout));
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            const string Prefix = "HubSpot emulator listening on ";
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                listening.TrySetResult(new Uri(line[Prefix.Length..]));
            }
        }

        string Printed()
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>An HTTP client for the emulator, with its default token.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HubSpotEmulatorOptions.DefaultAccessToken);
        return client;
    }

    /// <summary>Ends the process with SIGKILL and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    public override string ToString()
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
