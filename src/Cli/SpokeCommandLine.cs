using System.CommandLine;
using Spoke.Cli.Commands;
using Spoke.Cli.Schema.Fetching;

namespace Spoke.Cli;

/// <summary>Builds the <c>spoke</c> command tree.</summary>
internal static class SpokeCommandLine
{
    /// <summary>Creates the root command with every top-level command registered.</summary>
    /// <param name="retrySchedule">How HubSpot requests are retried; <see cref="RetrySchedule.Default"/> unless a test needs it faster.</param>
    public static RootCommand Create(RetrySchedule? retrySchedule = null)
    {
        Command[] commands =
        [
            SchemaCommand.Create(retrySchedule ?? RetrySchedule.Default),
            EmulatorCommand.Create(),
            McpCommand.Create(),
        ];

        var root = new RootCommand("Spoke: typed HubSpot CRM access for .NET. Pull and diff schema snapshots, run the local emulator, serve the agent tools over MCP.");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
