using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Authentication;

namespace Spoke.Agents.Mcp.Authorization;

/// <summary>Registers the JWT bearer handler (the tokens) and the MCP SDK's handler (the protected resource metadata and the 401 challenge).</summary>
internal static class TokenAuthorizationSetup
{
    /// <summary>Checks the options before the server starts, so a mistake is a clear error and not a 401 for every client.</summary>
    /// <exception cref="ArgumentException">An option is missing or unsafe.</exception>
    public static void Validate(McpTokenAuthorizationOptions options)
    {
        if (!options.Issuer.IsAbsoluteUri || (options.Issuer.Scheme != Uri.UriSchemeHttps && !(options.Issuer.Scheme == Uri.UriSchemeHttp && options.Issuer.IsLoopback)))
        {
            throw new ArgumentException($"The token issuer '{options.Issuer}' must be an absolute https:// URL (http:// only on a loopback address): its signing keys are fetched from it.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            throw new ArgumentException("Token authorization needs the audience tokens are issued for (--auth-audience), usually this server's public URL.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.AgentClaim))
        {
            throw new ArgumentException("Token authorization needs the claim that names the agent (--agent-claim), e.g. sub.", nameof(options));
        }
    }

    public static void AddTo(IServiceCollection services, McpTokenAuthorizationOptions options)
    {
        var issuer = options.Issuer.OriginalString;
        services.AddAuthentication()
            .AddJwtBearer(jwt =>
            {
                jwt.Authority = issuer;
                jwt.RequireHttpsMetadata = options.Issuer.Scheme == Uri.UriSchemeHttps;
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.ValidIssuers = [issuer, issuer.TrimEnd('/'), issuer.TrimEnd('/') + "/"];
                jwt.TokenValidationParameters.ValidAudience = options.Audience;
                jwt.TokenValidationParameters.NameClaimType = options.AgentClaim;
            })
            .AddMcp(mcp => mcp.Events.OnResourceMetadataRequest = context =>
            {
                var request = context.HttpContext.Request;
                context.ResourceMetadata = new ProtectedResourceMetadata
                {
                    Resource = ResourceOf(options.Audience) ?? $"{request.Scheme}://{request.Host}{request.PathBase}/",
                    AuthorizationServers = [issuer],
                    BearerMethodsSupported = ["header"],
                    ResourceName = "Spoke HubSpot tools",
                };
                return Task.CompletedTask;
            });
    }

    private static string? ResourceOf(string audience) =>
        Uri.TryCreate(audience, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? audience : null;
}
