using System.Diagnostics;
using System.Globalization;
using Spoke.Emulator;

namespace Spoke.Redis.Tests;

/// <summary>
/// A separate OS process (<c>Spoke.Redis.Tests.Process</c>) with several clients on one token and one Redis, sending until its
/// time is up: what several machines running Spoke against one HubSpot account look like.
/// </summary>
internal sealed class BudgetProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private BudgetProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    public static BudgetProcess Start(HubSpotEmulator emulator, string token, string redis, int limit, int clients, TimeSpan duration)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "Spoke.Redis.Tests.Process.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { program, emulator.BaseAddress.ToString(), token, redis, Text(limit), Text(clients), Text((int)duration.TotalSeconds) })
        {
            start.ArgumentList.Add(argument);
        }

        return new BudgetProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Waits for the process to end and reads its counts: requests answered, requests that failed, Redis calls that failed.</summary>
    public async Task<(int Sent, int Failed, int StoreErrors)> ResultAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The budget process did not end within {timeout}: {await _errors}");
        }

        var output = (await _output).Trim();
        var errors = await _errors;
        if (_process.ExitCode != 0 || output.Split(' ') is not [var sent, var failed, var storeErrors])
        {
            throw new InvalidOperationException($"The budget process exited with {_process.ExitCode}: {output} {errors}");
        }

        return (Number(sent), Number(failed), Number(storeErrors));
    }

    public void Dispose() => _process.Dispose();

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
