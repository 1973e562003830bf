using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Spoke.Agents.Tests.Mcp.Authorization;

/// <summary>
/// A tiny OAuth authorization server on loopback: OpenID discovery and a JWKS with one RSA key generated for the test,
/// and tokens signed with it (or with a stranger's key under the same key id, for a bad signature).
/// </summary>
public sealed class LoopbackIssuer : IAsyncDisposable
{
    private const string KeyId = "test-key-1";

    // Not at the root, as with most real issuers (a tenant path): discovery is found below the issuer's own path.
    private const string IssuerPath = "/tenant-1";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _strangerKey = RSA.Create(2048);
    private readonly WebApplication _app;

    private LoopbackIssuer(WebApplication app, Uri issuer)
    {
        _app = app;
        Issuer = issuer;
    }

    /// <summary>The issuer URL, as tokens carry it in <c>iss</c>.</summary>
    public Uri Issuer { get; }

    public static async Task<LoopbackIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LoopbackIssuer? issuer = null;
        app.MapGet(IssuerPath + "/.well-known/openid-configuration", (HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer!.Issuer.OriginalString,
            ["jwks_uri"] = issuer.Issuer.OriginalString + "/jwks",
            ["authorization_endpoint"] = issuer.Issuer.OriginalString + "/authorize",
            ["token_endpoint"] = issuer.Issuer.OriginalString + "/token",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet(IssuerPath + "/jwks", () =>
        {
            var parameters = issuer!._key.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, string>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["alg"] = "RS256",
                        ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    },
                },
            });
        });
        await app.StartAsync();
        issuer = new LoopbackIssuer(app, new Uri(app.Urls.Single().TrimEnd('/') + IssuerPath));
        return issuer;
    }

    /// <summary>A token; by default valid for an hour, from this issuer, signed with its key.</summary>
    public string CreateToken(
        string audience,
        IReadOnlyDictionary<string, object> claims,
        TimeSpan? expiresIn = null,
        string? issuer = null,
        bool signWithStrangerKey = false)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer.OriginalString,
            Audience = audience,
            Claims = claims.ToDictionary(),
            IssuedAt = expires < now ? expires.AddHours(-1) : now,
            NotBefore = expires < now ? expires.AddHours(-1) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signWithStrangerKey ? _strangerKey : _key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
        _strangerKey.Dispose();
    }
}
