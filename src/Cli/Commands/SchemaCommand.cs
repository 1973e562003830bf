using System.CommandLine;
using Spoke.Cli.Schema.Fetching;

namespace Spoke.Cli.Commands;

/// <summary><c>spoke schema</c>: the group of schema snapshot commands.</summary>
internal static class SchemaCommand
{
    /// <summary>Creates <c>spoke schema</c> with <c>pull</c> and <c>diff</c>.</summary>
    public static Command Create(RetrySchedule retrySchedule)
    {
        var command = new Command("schema", "Pull HubSpot property schemas into snapshot files and compare them with the live account.");
        command.Subcommands.Add(SchemaPullCommand.Create(retrySchedule));
        command.Subcommands.Add(SchemaDiffCommand.Create(retrySchedule));
        return command;
    }
}
