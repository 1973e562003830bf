namespace Spoke.Cli;

/// <summary>
/// A failure the user can act on. Commands throw it with a message that says what went wrong and what to do;
/// <see cref="CommandRunner"/> prints the message on stderr and exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CliException(string message, int exitCode, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The process exit code, one of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; } = exitCode;
}
