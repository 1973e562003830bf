using System.CommandLine;
using System.CommandLine.Help;
using Spoke.Cli.Commands;
using Spoke.Cli.Connection;

namespace Spoke.Cli;

/// <summary>Builds the <c>spoke</c> command tree.</summary>
internal static class SpokeCommandLine
{
    /// <summary>Creates the root command with every top-level command registered.</summary>
    /// <remarks>
    /// A plain command named <c>spoke</c> rather than a <see cref="RootCommand"/>, whose name would be the assembly's
    /// (<c>Spoke.Cli</c>) instead of the tool command users type.
    /// </remarks>
    /// <param name="configureClient">
    /// Changes the HubSpot client's options after the command line set them; <see langword="null"/> keeps the runtime's defaults.
    /// Tests use it for short retry delays.
    /// </param>
    public static Command Create(Action<HubSpotClientOptions>? configureClient = null)
    {
        Command[] commands =
        [
            SchemaCommand.Create(new HubSpotClientFactory(configureClient)),
            EmulatorCommand.Create(),
            McpCommand.Create(),
        ];

        var root = new Command("spoke", "Spoke: typed HubSpot CRM access for .NET. Pull and diff schema snapshots, run the local emulator, serve the agent tools over MCP.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
