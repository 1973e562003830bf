using System.CommandLine;
using Spoke.Agents.Mcp;
using Spoke.Agents.Policy;
using Spoke.Cli.Connection;

namespace Spoke.Cli.Commands;

/// <summary><c>spoke mcp</c>: serves the four HubSpot tools to an MCP client, over stdio or streamable HTTP.</summary>
internal static class McpCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var policy = new Option<FileInfo>("--policy")
        {
            Description = "The access policy (JSON): which agent may read or write which object types. Required; everything else is denied.",
            Required = true,
        };
        var agent = new Option<string?>("--agent") { Description = "The agent this stdio server acts for, as named in the policy. Over HTTP the bearer key names the agent." };
        var audit = new Option<string?>("--audit") { Description = "The audit file: one JSON line per call. {date} in the name gives daily files. Default: standard error." };
        var http = new Option<string?>("--http") { Description = "Serve streamable HTTP on 127.0.0.1:PORT instead of stdio." };
        var schemas = new Option<string?>("--schemas")
        {
            Description = $"The schema snapshot folder whose property names and options go into the tool schemas (default: {SnapshotFolderOption.DefaultFolder} when it exists).",
        };
        var connection = new HubSpotConnectionOptions();

        var command = new Command("mcp", "Serve the HubSpot agent tools (search, records, associations, schema) over MCP, checked against a per-agent policy and audited.")
        {
            policy,
            agent,
            audit,
            http,
            schemas,
        };
        connection.AddTo(command);

        CommandRunner.SetAction(command, async (parseResult, context, cancellationToken) =>
        {
            var hubSpot = connection.Resolve(parseResult);
            var options = new SpokeMcpServerOptions
            {
                BaseAddress = hubSpot.BaseAddress,
                AccessToken = hubSpot.AccessToken,
                BudgetStore = hubSpot.BudgetStore,
                PolicyPath = parseResult.GetRequiredValue(policy).FullName,
                AgentName = parseResult.GetValue(agent),
                AuditPath = parseResult.GetValue(audit),
                HttpListen = parseResult.GetValue(http),
                SchemaDirectory = parseResult.GetValue(schemas) ?? (Directory.Exists(SnapshotFolderOption.DefaultFolder) ? SnapshotFolderOption.DefaultFolder : null),
            };
            try
            {
                await SpokeMcpServer.RunAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ArgumentException or PolicyFileException or IOException or InvalidDataException)
            {
                throw new CliException(CliException.MessageOf(exception), ExitCodes.UsageError, exception);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
