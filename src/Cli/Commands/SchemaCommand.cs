using System.CommandLine;
using Spoke.Cli.Connection;

namespace Spoke.Cli.Commands;

/// <summary><c>spoke schema</c>: the group of schema snapshot commands.</summary>
internal static class SchemaCommand
{
    /// <summary>Creates <c>spoke schema</c> with <c>pull</c> and <c>diff</c>, reaching HubSpot through <paramref name="clients"/>.</summary>
    public static Command Create(HubSpotClientFactory clients)
    {
        var command = new Command("schema", "Pull HubSpot property schemas into snapshot files and compare them with the live account.");
        command.Subcommands.Add(SchemaPullCommand.Create(clients));
        command.Subcommands.Add(SchemaDiffCommand.Create(clients));
        return command;
    }
}
