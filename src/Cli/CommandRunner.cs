using System.CommandLine;

namespace Spoke.Cli;

/// <summary>Runs a command body and turns <see cref="CliException"/> into a message on stderr and an exit code.</summary>
internal static class CommandRunner
{
    /// <summary>Sets <paramref name="body"/> as the action of <paramref name="command"/>.</summary>
    public static void SetAction(Command command, Func<ParseResult, CommandContext, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            try
            {
                return await body(parseResult, context, cancellationToken).ConfigureAwait(false);
            }
            catch (CliException exception)
            {
                await context.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return exception.ExitCode;
            }
        });
    }
}
