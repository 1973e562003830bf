using System.CommandLine;
using Spoke.Cli.Commands;

namespace Spoke.Cli;

/// <summary>Builds the <c>spoke</c> command tree.</summary>
internal static class SpokeCommandLine
{
    /// <summary>Creates the root command with every top-level command registered.</summary>
    public static RootCommand Create()
    {
        Command[] commands =
        [
            SchemaCommand.Create(),
        ];

        var root = new RootCommand("Spoke: typed HubSpot CRM access for .NET. Pull and diff schema snapshots, run the local emulator.");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
