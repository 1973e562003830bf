using System.Text.Json;
using Spoke.Emulator.Http;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// HubSpot's token introspection: <c>POST /oauth/v2/private-apps/get/access-token-info</c> (body <c>{"tokenKey"}</c>) for private
/// app tokens, <c>GET /oauth/v1/access-tokens/{token}</c> for OAuth tokens. Each describes a token the emulator accepts, with the
/// scopes it was given (every scope the emulator checks for a token given none); a token of the other kind, or one the
/// emulator does not know, is 404.
/// </summary>
internal static class AccessTokenInfoEndpoints
{
    /// <summary>The id of the emulated app every token belongs to.</summary>
    public const long AppId = 3_000_001;

    /// <summary>The id of the emulated user who installed the app.</summary>
    public const long UserId = 4_000_001;

    /// <summary>OAuth tokens live 30 minutes on HubSpot; the emulator's never expire, so they always report the full lifetime.</summary>
    private const int OAuthLifetimeSeconds = 1800;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/oauth/v2/private-apps/get/access-token-info", PrivateAppAsync).Requires(ScopeRequirement.None);
        routes.MapGet("/oauth/v1/access-tokens/{token}", OAuth).Requires(ScopeRequirement.None);
    }

    private static async Task PrivateAppAsync(HttpContext context, EmulatorState state)
    {
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        if (!document.RootElement.TryGetProperty("tokenKey", out var key) || key.ValueKind != JsonValueKind.String || key.GetString() is not { Length: > 0 } value)
        {
            throw ApiProblem.Validation("tokenKey is required: send {\"tokenKey\": \"<the private app access token>\"}.");
        }

        var token = Find(state, value, EmulatorTokenKind.PrivateApp);
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("userId", UserId);
            writer.WriteNumber("hubId", state.Options.PortalId);
            writer.WriteNumber("appId", AppId);
            WriteScopes(writer, state, token);
            writer.WriteEndObject();
        }, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task OAuth(HttpContext context, EmulatorState state)
    {
        var value = (string)context.GetRouteValue("token")!;
        var token = Find(state, value, EmulatorTokenKind.OAuth);
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("token", token.Value);
            writer.WriteString("user", "emulator@example.com");
            writer.WriteString("hub_domain", "emulator.example.com");
            WriteScopes(writer, state, token);
            writer.WriteNumber("hub_id", state.Options.PortalId);
            writer.WriteNumber("app_id", AppId);
            writer.WriteNumber("expires_in", OAuthLifetimeSeconds);
            writer.WriteNumber("user_id", UserId);
            writer.WriteString("token_type", "access");
            writer.WriteEndObject();
        }, context.RequestAborted);
    }

    private static EmulatorToken Find(EmulatorState state, string value, EmulatorTokenKind kind) =>
        state.FindToken(value) is { } token && token.Kind == kind
            ? token
            : throw new ApiProblem(404, ErrorCategories.ObjectNotFound,
                kind == EmulatorTokenKind.OAuth ? "No OAuth access token matches the one given." : "No private app access token matches tokenKey.");

    private static void WriteScopes(Utf8JsonWriter writer, EmulatorState state, EmulatorToken token)
    {
        writer.WriteStartArray("scopes");
        foreach (var scope in token.Scopes is { } granted ? [.. granted.Order(StringComparer.Ordinal)] : ScopeResolver.Every(state.Schema.Types, token.Kind))
        {
            writer.WriteStringValue(scope);
        }

        writer.WriteEndArray();
    }
}
