using System.CommandLine;
using Spoke.Emulator;

namespace Spoke.Cli.Commands;

/// <summary><c>spoke emulator ...</c>: runs the local HubSpot emulator; every argument after <c>emulator</c> is the emulator's own.</summary>
internal static class EmulatorCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command(
            "emulator",
            "Run the local HubSpot CRM emulator (listens on 127.0.0.1, prints its base URL and token). Arguments are passed to the emulator; see docs/cli.md.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };

        CommandRunner.SetAction(command, (parseResult, _, cancellationToken) =>
            HubSpotEmulator.RunAsync([.. parseResult.UnmatchedTokens], cancellationToken));
        return command;
    }
}
