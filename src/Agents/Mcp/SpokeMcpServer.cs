using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Spoke.Agents.Audit;
using Spoke.Agents.Catalog;
using Spoke.Agents.Mcp.Authorization;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools;

namespace Spoke.Agents.Mcp;

/// <summary>
/// The MCP server behind <c>spoke mcp</c>: the four HubSpot tools, checked against the policy and audited, over stdio
/// (one agent per process) or streamable HTTP (agents identified by their bearer keys or OAuth access tokens).
/// </summary>
public static class SpokeMcpServer
{
    private const string ServerName = "spoke";

    /// <summary>Runs the server until <paramref name="cancellationToken"/> fires or, over stdio, the client disconnects.</summary>
    /// <param name="options">Where HubSpot is, the token, the policy, the agent, the audit file and the transport.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>A task that completes when the server has stopped.</returns>
    /// <exception cref="ArgumentException">An option is missing or invalid; the message says which and how to fix it.</exception>
    /// <exception cref="PolicyFileException">The policy file is missing or invalid.</exception>
    /// <exception cref="IOException">Over HTTP, the address cannot be listened on (for example, the port is in use).</exception>
    public static async Task RunAsync(SpokeMcpServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.AccessToken) && !options.BaseAddress.IsLoopback)
        {
            throw new ArgumentException("No HubSpot access token. Set HUBSPOT_TOKEN or pass --token-file; only a local emulator's address works without one.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.PolicyPath))
        {
            throw new ArgumentException("No policy file. Pass --policy FILE, e.g. {\"agents\": {\"my-agent\": {\"contacts\": \"read\"}}}; without one every call would be denied.", nameof(options));
        }

        var endpoint = options.HttpListen is null ? null : HttpListenAddress.Parse(options.HttpListen);
        var catalog = options.SchemaDirectory is null ? SnapshotCatalog.Empty : SnapshotCatalog.Load(options.SchemaDirectory);
        var policy = await PolicyFileReader.ReadAsync(options.PolicyPath, catalog.ObjectTypeResolver, cancellationToken).ConfigureAwait(false);
        var agent = options.AgentName;
        if (endpoint is null && string.IsNullOrWhiteSpace(agent))
        {
            throw new ArgumentException("Over stdio the server acts for one agent: pass --agent NAME, a name from the policy file.", nameof(options));
        }

        if (endpoint is null && !policy.Agents.Any(known => known.Name == agent))
        {
            throw new ArgumentException($"Agent '{agent}' is not in the policy file, so every call would be denied. Agents in the policy: {string.Join(", ", policy.Agents.Select(known => known.Name))}.", nameof(options));
        }

        if (options.TokenAuthorization is { } tokens)
        {
            if (endpoint is null)
            {
                throw new ArgumentException("Token authorization (--auth-issuer) is for the HTTP transport; pass --http 127.0.0.1:PORT, or over stdio name the agent with --agent.", nameof(options));
            }

            TokenAuthorizationSetup.Validate(tokens);
        }

        if (endpoint is not null && !policy.HasKeys && options.TokenAuthorization is null)
        {
            throw new ArgumentException(
                "Over HTTP each agent is identified by its bearer key or access token: add \"keys\": {\"<sha256 of the key>\": \"agent-name\"} to the policy file, "
                + "or accept tokens from your authorization server with --auth-issuer and --auth-audience.", nameof(options));
        }

        IAuditLog audit = options.AuditPath is null ? new StandardErrorAuditLog() : new JsonLinesAuditLog(options.AuditPath);
        using var client = new HubSpotClient(new HubSpotClientOptions { AccessToken = options.AccessToken, BaseAddress = options.BaseAddress, BudgetStore = options.BudgetStore });
        var toolSet = ToolSetFactory.Create(client, policy, audit, catalog);
        var rejected = new RejectedRequestAudit(audit, TimeProvider.System);

        if (endpoint is null)
        {
            await RunStdioAsync(toolSet, rejected, agent!, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await RunHttpAsync(toolSet, rejected, policy, options.TokenAuthorization, endpoint, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task RunStdioAsync(HubSpotToolSet toolSet, RejectedRequestAudit rejected, string agent, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(settings: null);
        ConfigureLogging(builder.Logging);
        builder.Services
            .AddMcpServer(ConfigureServer)
            .WithStreamServerTransport(new RejectedFrameAuditStream(Console.OpenStandardInput(), rejected, agent), Console.OpenStandardOutput())
            .WithMessageFilters(filters => filters.AddIncomingFilter(new RejectedRequestFilter(rejected, ToolNames(toolSet), _ => agent).Filter))
            .WithTools(McpTools(toolSet, _ => agent));
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunHttpAsync(
        HubSpotToolSet toolSet, RejectedRequestAudit rejected, AccessPolicy policy, McpTokenAuthorizationOptions? tokens, System.Net.IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        ConfigureLogging(builder.Logging);
        // A failed start is thrown and reported in one line; the host would log it again as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(endpoint));
        builder.Services
            .AddMcpServer(ConfigureServer)
            .WithHttpTransport(transport => transport.Stateless = false)
            .WithMessageFilters(filters => filters.AddIncomingFilter(new RejectedRequestFilter(rejected, ToolNames(toolSet), AgentOfBearerKey).Filter))
            .WithTools(McpTools(toolSet, AgentOfBearerKey));
        if (tokens is not null)
        {
            TokenAuthorizationSetup.AddTo(builder.Services, tokens);
        }

        await using var app = builder.Build();
        app.UseMiddleware<RejectedHttpRequestMiddleware>(rejected);
        if (tokens is not null)
        {
            // Serves the protected resource metadata (the MCP SDK's handler answers its well-known path).
            app.UseAuthentication();
        }

        var tokenAgents = tokens is null ? null : new TokenAgentAuthenticator(policy, tokens);
        app.Use(next => new BearerKeyAgentMiddleware(next, policy, tokenAgents).InvokeAsync);
        app.MapMcp();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            throw new IOException($"Cannot serve MCP on {endpoint}: {AddressProblem(exception)} Pick another port for --http.", exception);
        }

        // Standard error, like every other line of the server, so that nothing but the protocol is ever on standard output.
        await Console.Error.WriteLineAsync($"spoke mcp: serving streamable HTTP on http://{endpoint}/ (Ctrl+C to stop)").ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    // Kestrel's own message ("Failed to bind to address http://…: address already in use.") says it all but repeats the address.
    private static string AddressProblem(IOException exception) =>
        exception.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse }
            or Microsoft.AspNetCore.Connections.AddressInUseException
            ? "the port is already in use."
            : exception.Message;

    // The bearer key middleware answers 401 before any MCP message is read, so every message has the agent of its key.
    private static string AgentOfBearerKey(MessageContext context) =>
        context.User?.Identity?.Name ?? throw new InvalidOperationException("The bearer key middleware did not identify the agent.");

    private static IReadOnlyCollection<string> ToolNames(HubSpotToolSet toolSet) => [.. toolSet.Tools.Select(tool => tool.Name)];

    private static IEnumerable<McpServerTool> McpTools(HubSpotToolSet toolSet, Func<MessageContext, string> agentOf) =>
        toolSet.Tools.Select(tool => new McpHubSpotTool(tool, toolSet, agentOf));

    private static void ConfigureServer(McpServerOptions server)
    {
        server.ServerInfo = new Implementation { Name = ServerName, Version = typeof(SpokeMcpServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0" };
        server.ServerInstructions =
            "HubSpot CRM tools. Every call is checked against this agent's access policy and audited. "
            + "Call get_hubspot_schema before writing unfamiliar properties; use dryRun: true to preview a write.";
    }

    // Stdout carries the protocol over stdio, so every log line goes to stderr.
    private static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Warning);
    }
}
