using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;
using Spoke.Agents.Mcp;
using Spoke.Agents.Mcp.Authorization;

namespace Spoke.Agents.Tests.Mcp.Authorization;

/// <summary>
/// <c>spoke mcp --http</c> with the MCP authorization flow: protected resource metadata, bearer JWTs from a loopback issuer
/// validated by ASP.NET Core, the agent from a claim, and the static keys beside them.
/// </summary>
public sealed class McpTokenAuthorizationTests : IClassFixture<McpTokenAuthorizationTests.Server>
{
    private readonly Server _server;

    public McpTokenAuthorizationTests(Server server)
    {
        _server = server;
    }

    [Fact]
    public async Task A_valid_token_acts_for_the_agent_its_claim_names_and_a_static_key_still_works()
    {
        var before = (await _server.AuditAsync()).Count;
        await using var withToken = await _server.ConnectAsync(_server.Token(new() { ["sub"] = "analyst" }));
        await using var withKey = await _server.ConnectAsync(Server.OpsKey);

        Assert.Equal(6, (await withToken.ListToolsAsync()).Count);
        var denied = await withToken.CallToolAsync("manage_hubspot_records", new Dictionary<string, object?> { ["action"] = "delete", ["objectType"] = "deals", ["id"] = "1" });
        var byKey = await withKey.CallToolAsync("manage_hubspot_records", new Dictionary<string, object?> { ["action"] = "delete", ["objectType"] = "tickets", ["id"] = "1" });

        Assert.True(denied.IsError);
        Assert.Contains("Agent 'analyst'", McpStdioTests.Text(denied), StringComparison.Ordinal);
        Assert.Contains("Agent 'ops'", McpStdioTests.Text(byKey), StringComparison.Ordinal);
        var lines = (await _server.AuditAsync()).Skip(before).ToList();
        Assert.Equal([("analyst", "denied"), ("ops", "denied")], lines.Select(line => (line.GetProperty("agent").GetString(), line.GetProperty("outcome").GetString())));
    }

    [Theory]
    [InlineData("/.well-known/oauth-protected-resource/")]
    [InlineData("/.well-known/oauth-protected-resource")]
    public async Task The_protected_resource_metadata_names_the_resource_and_the_issuer(string path)
    {
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri(_server.Endpoint, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var metadata = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(_server.Audience, metadata.GetProperty("resource").GetString());
        Assert.Equal([_server.Issuer.Issuer.OriginalString], metadata.GetProperty("authorization_servers").EnumerateArray().Select(server => server.GetString()));
        Assert.Equal(["header"], metadata.GetProperty("bearer_methods_supported").EnumerateArray().Select(method => method.GetString()));
    }

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "none", string.Empty },
        { "expired", "the token has expired" },
        { "wrong audience", "the token is for another audience" },
        { "wrong issuer", "the token is from another issuer" },
        { "bad signature", "the token's signature is not valid" },
        { "not a JWT", "the token is not valid" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task An_invalid_or_missing_token_is_refused_with_401_naming_the_metadata(string token, string problem)
    {
        var before = (await _server.AuditAsync()).Count;
        var bearer = token switch
        {
            "none" => null,
            "expired" => _server.Token(new() { ["sub"] = "analyst" }, expiresIn: TimeSpan.FromHours(-1)),
            "wrong audience" => _server.Issuer.CreateToken("https://elsewhere.example.com/", new Dictionary<string, object> { ["sub"] = "analyst" }),
            "wrong issuer" => _server.Issuer.CreateToken(_server.Audience, new Dictionary<string, object> { ["sub"] = "analyst" }, issuer: "http://127.0.0.1:9/another"),
            "bad signature" => _server.Issuer.CreateToken(_server.Audience, new Dictionary<string, object> { ["sub"] = "analyst" }, signWithStrangerKey: true),
            _ => "not-a-jwt",
        };

        var response = await _server.PostAsync(bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer ", challenge, StringComparison.Ordinal);
        Assert.Contains($"resource_metadata=\"{_server.MetadataAddress}\"", challenge, StringComparison.Ordinal);
        if (problem.Length > 0)
        {
            Assert.Contains($"error=\"invalid_token\", error_description=\"{problem}\"", challenge, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("error=", challenge, StringComparison.Ordinal);
        }

        var line = Assert.Single((await _server.AuditAsync()).Skip(before));
        Assert.Equal((string.Empty, "rejected"), (line.GetProperty("agent").GetString(), line.GetProperty("outcome").GetString()));
        Assert.Contains(problem.Length > 0 ? problem : "no bearer key or token", line.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mallory", "Agent 'mallory' (the token's 'sub' claim) is not in the access policy")]
    [InlineData(null, "has no 'sub' claim naming the agent")]
    public async Task A_valid_token_naming_no_agent_of_the_policy_is_forbidden_and_audited(string? agent, string expected)
    {
        var before = (await _server.AuditAsync()).Count;
        var claims = agent is null ? new Dictionary<string, object> { ["name"] = "someone" } : new Dictionary<string, object> { ["sub"] = agent };

        var response = await _server.PostAsync(_server.Token(claims));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var line = Assert.Single((await _server.AuditAsync()).Skip(before));
        Assert.Equal((agent ?? string.Empty, "rejected"), (line.GetProperty("agent").GetString(), line.GetProperty("outcome").GetString()));
        Assert.Contains(expected, line.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_opened_by_one_agent_cannot_be_used_by_another()
    {
        var initialize = await _server.PostAsync(
            _server.Token(new() { ["sub"] = "analyst" }),
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""");
        var session = initialize.Headers.GetValues("Mcp-Session-Id").Single();

        var hijack = await _server.PostAsync(Server.OpsKey, """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""", session);
        var owner = await _server.PostAsync(_server.Token(new() { ["sub"] = "analyst" }), """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""", session);

        Assert.Equal(HttpStatusCode.OK, initialize.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hijack.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    /// <summary>One <c>spoke mcp --http</c> with token authorization and a static key, and its loopback issuer, for the class.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public const string OpsKey = "ops-static-key-91c2";

        private readonly string _directory = Directory.CreateTempSubdirectory("spoke-mcp-auth-").FullName;
        private LoopbackMcpHttpServer? _server;

        public LoopbackIssuer Issuer { get; private set; } = null!;

        public Uri Endpoint => _server!.Endpoint;

        public string Audience => Endpoint.ToString();

        /// <summary>Where the challenge points: RFC 9728's well-known path followed by the MCP endpoint's path ("/").</summary>
        public Uri MetadataAddress => new(Endpoint, "/.well-known/oauth-protected-resource/");

        public string Token(Dictionary<string, object> claims, TimeSpan? expiresIn = null) => Issuer.CreateToken(Audience, claims, expiresIn);

        public async Task InitializeAsync()
        {
            Issuer = await LoopbackIssuer.StartAsync();
            var policyPath = Path.Combine(_directory, "policy.json");
            var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OpsKey)));
            await File.WriteAllTextAsync(policyPath, $$$"""{"agents": {"analyst": {"*": "read"}, "ops": {"tickets": "write"}}, "keys": {"{{{keyHash}}}": "ops"}}""");
            _server = await LoopbackMcpHttpServer.StartAsync(endpoint => new SpokeMcpServerOptions
            {
                BaseAddress = new Uri("http://127.0.0.1:9/"),
                AccessToken = "pat-unused",
                PolicyPath = policyPath,
                AuditPath = Path.Combine(_directory, "audit.jsonl"),
                TokenAuthorization = new McpTokenAuthorizationOptions { Issuer = Issuer.Issuer, Audience = endpoint.ToString() },
            });
        }

        public async Task<McpClient> ConnectAsync(string bearer) =>
            await McpClient.CreateAsync(
                new HttpClientTransport(new HttpClientTransportOptions
                {
                    Endpoint = Endpoint,
                    AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {bearer}" },
                }),
                new McpClientOptions { ProtocolVersion = "2025-11-25" });

        public async Task<HttpResponseMessage> PostAsync(string? bearer, string body = """{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", string? session = null)
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd("application/json, text/event-stream");
            if (session is not null)
            {
                request.Headers.Add("Mcp-Session-Id", session);
                request.Headers.Add("MCP-Protocol-Version", "2025-11-25");
            }

            if (bearer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            return await http.SendAsync(request);
        }

        public async Task<List<JsonElement>> AuditAsync()
        {
            var path = Path.Combine(_directory, "audit.jsonl");
            return File.Exists(path) ? [.. (await File.ReadAllLinesAsync(path)).Select(line => JsonDocument.Parse(line).RootElement)] : [];
        }

        public async Task DisposeAsync()
        {
            await _server!.DisposeAsync();
            await Issuer.DisposeAsync();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
