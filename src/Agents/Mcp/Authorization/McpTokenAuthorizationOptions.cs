namespace Spoke.Agents.Mcp.Authorization;

/// <summary>
/// The MCP authorization flow for <c>spoke mcp --http</c>: OAuth 2.0 bearer tokens (JWTs) issued by your authorization
/// server, validated against its published keys, with the agent named by one of the token's claims. The server serves
/// its protected resource metadata (RFC 9728) at <c>/.well-known/oauth-protected-resource</c> and names it in every 401.
/// </summary>
public sealed class McpTokenAuthorizationOptions
{
    /// <summary>
    /// The issuer (authority) whose tokens are accepted, e.g. <c>https://login.example.com/tenant/v2.0</c>: its
    /// <c>/.well-known/openid-configuration</c> names the signing keys, and a token's <c>iss</c> must equal it. HTTPS,
    /// except on a loopback address.
    /// </summary>
    public required Uri Issuer { get; init; }

    /// <summary>
    /// The audience a token must carry in <c>aud</c>: the identifier your authorization server gives this server, usually its
    /// public URL. When it is an absolute HTTP(S) URL it is also the <c>resource</c> of the protected resource metadata;
    /// otherwise the server's own address is.
    /// </summary>
    public required string Audience { get; init; }

    /// <summary>The claim whose value is the agent's name in the policy. Default <c>sub</c>.</summary>
    public string AgentClaim { get; init; } = "sub";
}
