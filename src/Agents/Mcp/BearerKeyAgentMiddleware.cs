using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Spoke.Agents.Policy;

namespace Spoke.Agents.Mcp;

/// <summary>
/// Over HTTP, identifies the agent by its bearer key (looked up by hash in the policy's <c>keys</c>) and rejects unknown
/// keys with 401 before any MCP message is read.
/// </summary>
internal sealed class BearerKeyAgentMiddleware
{
    public const string AuthenticationType = "SpokeAgentKey";

    private const string Prefix = "Bearer ";

    private readonly RequestDelegate _next;
    private readonly AccessPolicy _policy;

    public BearerKeyAgentMiddleware(RequestDelegate next, AccessPolicy policy)
    {
        _next = next;
        _policy = policy;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var agent = header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? _policy.AgentForKey(header[Prefix.Length..].Trim()) : null;
        if (agent is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return context.Response.WriteAsync("Send the agent's key as 'Authorization: Bearer <key>'; the policy file maps its SHA-256 to the agent.", context.RequestAborted);
        }

        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, agent)], AuthenticationType));
        return _next(context);
    }
}
