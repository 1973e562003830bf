using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using ModelContextProtocol.AspNetCore.Authentication;
using Spoke.Agents.Policy;

namespace Spoke.Agents.Mcp.Authorization;

/// <summary>
/// Names the agent of an HTTP request from its bearer JWT: validated by ASP.NET Core's JWT bearer handler against the
/// issuer and audience, the agent taken from the configured claim and required to be in the policy. A missing or
/// invalid token is answered 401 with the MCP challenge (<c>resource_metadata</c>); a valid token for no agent of the
/// policy, 403. The reason is kept for the audit line.
/// </summary>
internal sealed class TokenAgentAuthenticator
{
    /// <summary>The <see cref="HttpContext.Items"/> key of the reason a request was refused, for the audit line.</summary>
    public const string RejectionReasonKey = "Spoke.RejectionReason";

    private readonly AccessPolicy _policy;
    private readonly string _agentClaim;

    public TokenAgentAuthenticator(AccessPolicy policy, McpTokenAuthorizationOptions options)
    {
        _policy = policy;
        _agentClaim = options.AgentClaim;
    }

    /// <returns>The agent, or <see langword="null"/> when the request was refused (the answer is written).</returns>
    public async Task<string?> AuthenticateAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            var problem = result.Failure is null ? null : Describe(result.Failure);
            await ChallengeAsync(context, problem).ConfigureAwait(false);
            return null;
        }

        var agent = result.Principal.FindFirst(_agentClaim)?.Value;
        if (string.IsNullOrWhiteSpace(agent))
        {
            await ForbidAsync(context, null, $"The token is valid but has no '{_agentClaim}' claim naming the agent, so it may not call HubSpot. Ask the operator which claim the server reads (--agent-claim).").ConfigureAwait(false);
            return null;
        }

        if (!_policy.Agents.Any(known => known.Name == agent))
        {
            await ForbidAsync(context, agent, $"Agent '{agent}' (the token's '{_agentClaim}' claim) is not in the access policy, so it may not call HubSpot. Ask the operator to add it.").ConfigureAwait(false);
            return null;
        }

        return agent;
    }

    private static async Task ChallengeAsync(HttpContext context, string? problem)
    {
        await context.ChallengeAsync(McpAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        var reason = problem is null
            ? "HTTP 401: no bearer key or token, so no agent; the request was not read."
            : $"HTTP 401: {problem}; the request was not read.";
        context.Items[RejectionReasonKey] = reason;
        if (problem is not null)
        {
            // RFC 6750 §3: say why the token was refused, beside the metadata the MCP challenge names.
            context.Response.Headers.WWWAuthenticate = $"{context.Response.Headers.WWWAuthenticate}, error=\"invalid_token\", error_description=\"{problem}\"";
        }

        await context.Response.WriteAsync(
            (problem is null ? "Send an access token as 'Authorization: Bearer <token>'" : $"The access token was refused: {problem}. Get a new token")
            + " from the authorization server named in the protected resource metadata (WWW-Authenticate: resource_metadata).",
            context.RequestAborted).ConfigureAwait(false);
    }

    private static Task ForbidAsync(HttpContext context, string? agent, string message)
    {
        if (agent is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, agent)], JwtBearerDefaults.AuthenticationScheme));
        }

        context.Items[RejectionReasonKey] = $"HTTP 403: {message}";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsync(message, context.RequestAborted);
    }

    // Only the kind of failure: the exception's own message may repeat the token's claims.
    private static string Describe(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token is from another issuer",
        SecurityTokenSignatureKeyNotFoundException => "no signing key of the issuer matches the token (or the issuer's keys could not be fetched)",
        SecurityTokenInvalidSignatureException => "the token's signature is not valid",
        SecurityTokenNoExpirationException => "the token has no expiry",
        _ => "the token is not valid",
    };
}
