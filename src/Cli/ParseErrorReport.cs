using System.CommandLine;
using System.CommandLine.Parsing;

namespace Spoke.Cli;

/// <summary>
/// What a command line that does not parse prints: each error on its own <c>error:</c> line, then one line naming the help of
/// the command that was meant, instead of System.CommandLine's default of the whole help text after the errors.
/// </summary>
internal static class ParseErrorReport
{
    /// <summary>Invokes <paramref name="parseResult"/>, or reports its errors and returns <see cref="ExitCodes.UsageError"/>.</summary>
    public static async Task<int> InvokeAsync(ParseResult parseResult, InvocationConfiguration? configuration = null)
    {
        if (parseResult.Errors.Count == 0)
        {
            return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
        }

        var error = configuration?.Error ?? Console.Error;
        foreach (var problem in parseResult.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        await error.WriteLineAsync($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.").ConfigureAwait(false);
        return ExitCodes.UsageError;
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new Stack<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var symbol })
            {
                names.Push(symbol.Name);
            }
        }

        return string.Join(' ', names);
    }
}
