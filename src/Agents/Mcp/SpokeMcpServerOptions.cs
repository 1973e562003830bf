using Spoke.Agents.Mcp.Authorization;

namespace Spoke.Agents.Mcp;

/// <summary>How <see cref="SpokeMcpServer"/> reaches HubSpot, whom it lets do what, and where it records calls.</summary>
public sealed class SpokeMcpServerOptions
{
    /// <summary>The HubSpot API root, or the emulator's address. Default <c>https://api.hubapi.com/</c>.</summary>
    public Uri BaseAddress { get; set; } = HubSpotClientOptions.DefaultBaseAddress;

    /// <summary>
    /// Where the token's rate-limit budget is counted; <see langword="null"/> (the default) counts it in this process. A shared
    /// store (package Spoke.Redis) keeps several servers and jobs on one token within HubSpot's limits together.
    /// </summary>
    public Spoke.RateLimiting.HubSpotBudgetStore? BudgetStore { get; set; }

    /// <summary>The private app or OAuth access token. Never logged, never written to the audit log.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The policy file (required): which agent may read or write which object types. See <see cref="Policy.PolicyFileReader"/>.</summary>
    public string? PolicyPath { get; set; }

    /// <summary>The agent served over stdio (required for stdio). Over HTTP each request's bearer key names its agent.</summary>
    public string? AgentName { get; set; }

    /// <summary>The audit file (JSON lines; <c>{date}</c> gives daily files). Without it, audit lines go to standard error.</summary>
    public string? AuditPath { get; set; }

    /// <summary><c>127.0.0.1:PORT</c> to serve streamable HTTP; <see langword="null"/> serves stdio.</summary>
    public string? HttpListen { get; set; }

    /// <summary>
    /// Over HTTP: accept OAuth bearer tokens (JWTs) from this issuer, the agent named by a claim, beside the policy's static
    /// <c>keys</c>; <see langword="null"/> accepts only the keys.
    /// </summary>
    public McpTokenAuthorizationOptions? TokenAuthorization { get; set; }

    /// <summary>A schema snapshot folder; its property names and options are written into the tool schemas.</summary>
    public string? SchemaDirectory { get; set; }
}
