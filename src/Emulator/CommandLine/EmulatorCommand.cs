using System.CommandLine;

namespace Spoke.Emulator.CommandLine;

/// <summary>
/// The emulator's command: its options (<c>--port</c>, <c>--seed</c>, <c>--fault</c>, ...) and the action that runs it until
/// Ctrl+C. One definition for <c>spoke emulator</c> and for the emulator's own entry point, so <c>--help</c> lists the same options
/// in both.
/// </summary>
public static class EmulatorCommand
{
    /// <summary>The command's description, as <c>--help</c> shows it.</summary>
    public const string Description = "Run the local HubSpot CRM emulator in the foreground until Ctrl+C; it prints its base URL and an access token.";

    /// <summary>Creates the command under <paramref name="name"/>; it writes to the invocation's output and error writers.</summary>
    /// <param name="name">The command's name: <c>emulator</c> under <c>spoke</c>.</param>
    /// <returns>The command, to add to a command tree or to parse arguments with.</returns>
    public static Command Create(string name = "emulator")
    {
        var arguments = new EmulatorArguments();
        var command = new Command(name, Description);
        arguments.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => EmulatorCommandLine.ServeAsync(
            arguments.Bind(parseResult), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }
}
