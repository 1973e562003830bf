using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Http;

/// <summary>
/// Checks the Bearer token (401 <c>INVALID_AUTHENTICATION</c>) and the scopes the matched endpoint needs
/// (403 <c>MISSING_SCOPES</c> naming them). Runs after routing, so the endpoint and its route values are known.
/// </summary>
internal sealed class AuthenticationMiddleware(RequestDelegate next, EmulatorState state)
{
    private const string ScopesLink = "https://developers.hubspot.com/scopes";

    public Task InvokeAsync(HttpContext context)
    {
        var token = FindToken(context);
        if (token is null)
        {
            context.Response.Headers["x-hubspot-auth-failure"] = "401 Unauthorized";
            throw new ApiProblem(401, ErrorCategories.InvalidAuthentication,
                "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview");
        }

        context.SetToken(token);
        var requirement = context.GetEndpoint()?.Metadata.GetMetadata<RequiredAccess>()?.Requirement ?? ScopeRequirement.None;
        var type = Resolve(context, "objectType");
        var toType = Resolve(context, "toObjectType");
        foreach (var alternatives in ScopeResolver.Required(requirement, type, toType))
        {
            if (!alternatives.Any(token.HasScope))
            {
                throw new ApiProblem(403, ErrorCategories.MissingScopes,
                    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.")
                {
                    Errors =
                    [
                        new ErrorDetail("One or more of the following scopes are required.")
                        {
                            Context = new Dictionary<string, IReadOnlyList<string>> { ["requiredScopes"] = alternatives },
                        },
                    ],
                    Links = new Dictionary<string, string> { ["scopes"] = ScopesLink },
                };
            }
        }

        return next(context);
    }

    private EmulatorToken? FindToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? state.FindToken(header[Bearer.Length..].Trim())
            : null;
    }

    private ObjectTypeDefinition? Resolve(HttpContext context, string routeValue) =>
        state.Schema.TryResolve(context.GetRouteValue(routeValue) as string, out var type) ? type : null;
}
