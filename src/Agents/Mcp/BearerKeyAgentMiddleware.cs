using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Spoke.Agents.Mcp.Authorization;
using Spoke.Agents.Policy;

namespace Spoke.Agents.Mcp;

/// <summary>
/// Over HTTP, identifies the agent by its bearer key (looked up by hash in the policy's <c>keys</c>) or, when token
/// authorization is on, by its access token; rejects anything else with 401 (or 403) before any MCP message is read.
/// </summary>
internal sealed class BearerKeyAgentMiddleware
{
    public const string AuthenticationType = "SpokeAgentKey";

    private const string Prefix = "Bearer ";

    private readonly RequestDelegate _next;
    private readonly AccessPolicy _policy;
    private readonly TokenAgentAuthenticator? _tokens;

    /// <param name="next">The rest of the pipeline.</param>
    /// <param name="policy">The policy, whose <c>keys</c> name agents.</param>
    /// <param name="tokens">When set, a bearer that is no key is taken as an OAuth access token.</param>
    public BearerKeyAgentMiddleware(RequestDelegate next, AccessPolicy policy, TokenAgentAuthenticator? tokens)
    {
        _next = next;
        _policy = policy;
        _tokens = tokens;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var agent = header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? _policy.AgentForKey(header[Prefix.Length..].Trim()) : null;
        if (agent is null && _tokens is not null)
        {
            agent = await _tokens.AuthenticateAsync(context).ConfigureAwait(false);
            if (agent is null)
            {
                return;
            }
        }

        if (agent is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await context.Response.WriteAsync("Send the agent's key as 'Authorization: Bearer <key>'; the policy file maps its SHA-256 to the agent.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        // The name identifier binds a stateful MCP session to its agent: another agent cannot use the session id.
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, agent), new Claim(ClaimTypes.NameIdentifier, agent)], AuthenticationType));
        await _next(context).ConfigureAwait(false);
    }
}
