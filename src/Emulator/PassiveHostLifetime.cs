namespace Spoke.Emulator;

/// <summary>
/// A host lifetime that ignores console signals: the emulator is stopped by disposing it (or, on the command line, by
/// <see cref="CommandLine.EmulatorCommandLine"/>), never by a Ctrl+C aimed at the process hosting it.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
