using System.CommandLine;
using Spoke.Agents.Mcp;
using Spoke.Agents.Mcp.Authorization;
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
        var authIssuer = new Option<string?>("--auth-issuer")
        {
            Description = "Over HTTP: accept OAuth access tokens (JWTs) from this issuer (its /.well-known/openid-configuration names the keys), beside the policy's keys.",
        };
        var authAudience = new Option<string?>("--auth-audience") { Description = "The audience tokens must be issued for (aud), usually this server's public URL. Required with --auth-issuer." };
        var agentClaim = new Option<string?>("--agent-claim") { Description = "The token claim that names the agent in the policy (default: sub)." };
        var connection = new HubSpotConnectionOptions();

        var command = new Command("mcp", "Serve the HubSpot agent tools (search, records, associations, schema) over MCP, checked against a per-agent policy and audited.")
        {
            policy,
            agent,
            audit,
            http,
            schemas,
            authIssuer,
            authAudience,
            agentClaim,
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
                TokenAuthorization = TokenAuthorization(parseResult.GetValue(authIssuer), parseResult.GetValue(authAudience), parseResult.GetValue(agentClaim)),
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

    private static McpTokenAuthorizationOptions? TokenAuthorization(string? issuer, string? audience, string? agentClaim)
    {
        if (issuer is null)
        {
            return audience is null && agentClaim is null
                ? null
                : throw new CliException("--auth-audience and --agent-claim configure token authorization: pass --auth-issuer URL too.", ExitCodes.UsageError);
        }

        return new McpTokenAuthorizationOptions
        {
            // Any spelling reaches the server's check, which says what an issuer must look like.
            Issuer = Uri.TryCreate(issuer, UriKind.RelativeOrAbsolute, out var uri) ? uri : throw new CliException($"--auth-issuer '{issuer}' is not a URL; pass the issuer's https:// URL.", ExitCodes.UsageError),
            Audience = audience ?? throw new CliException("--auth-issuer needs --auth-audience: the audience (aud) tokens are issued for, usually this server's public URL.", ExitCodes.UsageError),
            AgentClaim = agentClaim ?? "sub",
        };
    }
}
