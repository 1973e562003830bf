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

    /// <summary>
    /// The message of an exception from a library, for a person: without the <c>(Parameter 'options')</c> suffix that
    /// <see cref="ArgumentException"/> adds, which names a C# parameter the user never saw.
    /// </summary>
    public static string MessageOf(Exception exception) =>
        exception is ArgumentException { ParamName: { } parameter } argument
            ? argument.Message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal)
            : exception.Message;
}
