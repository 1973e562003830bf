using System.Text.Json.Serialization;

namespace Spoke.Authentication;

/// <summary>The fields of HubSpot's OAuth token response the client uses.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>Source-generated serialization for <see cref="TokenResponse"/>.</summary>
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class TokenResponseContext : JsonSerializerContext;
