using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Spoke.Emulator.Tests.Infrastructure;
using Spoke.Testing;
using Xunit.Abstractions;

namespace Spoke.Emulator.Tests.Hostile;

/// <summary>
/// Every endpoint, over a real socket, fed bodies with every member of the wrong JSON type or out of range, text that is
/// not Unicode, bodies that are not JSON, hostile path segments and query values, and bodies Kestrel itself refuses.
/// Each answer is a success or a 4xx in HubSpot's error shape: never a 500, never a body that is not JSON.
/// </summary>
public sealed class HostileRequestTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] PathValues =
    [
        "unknown", "0-999", "2-99999999999999999999", "p_", "%01", "%FF", "%ED%A0%80", "%C3%28", "%20", "..", "-1",
        "99999999999999999999", "1.5", "0x1f", "a%2Fb", "%E2%9C%93", new string('9', 400),
    ];

    private static readonly string[] QueryNames = ["limit", "after", "properties", "associations", "archived", "idProperty", "email"];

    private static readonly string[] QueryValues =
        ["abc", "-1", "0", "99999999999999999999", "1.5", "", "%00", "%FF", "%ED%A0%80", "unknown,email,,%20", new string('x', 3000)];

    private static readonly string?[] ContentTypes = ["application/json", null, "text/plain", "application/json; charset=utf-16", "application/xml"];

    private HubSpotEmulator _hub = null!;
    private HttpClient _http = null!;
    private IReadOnlyList<EmulatorRoute> _routes = null!;
    private Dictionary<string, string> _parameters = null!;
    private long _contactId;
    private long _companyId;

    public async Task InitializeAsync()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        options.Seed["contacts"] = 5;
        options.Seed["companies"] = 2;
        _hub = await HubSpotEmulator.StartAsync(options);
        _http = new HttpClient { BaseAddress = _hub.BaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _hub.AccessToken);

        var api = new HubSpotHttp(_hub);
        _contactId = long.Parse(await api.CreateContactAsync(Unique.Email()), CultureInfo.InvariantCulture);
        _companyId = long.Parse(await api.CreateAsync("companies", """{"name":"Hostile Inc"}"""), CultureInfo.InvariantCulture);
        var app = options.Webhooks.AppId.ToString(CultureInfo.InvariantCulture);
        var subscription = await api.PostAsync($"/webhooks/v3/{app}/subscriptions", """{"eventType":"contact.creation"}""");
        _parameters = new Dictionary<string, string>
        {
            ["objectType"] = "contacts",
            ["toObjectType"] = "companies",
            ["objectId"] = _contactId.ToString(CultureInfo.InvariantCulture),
            ["toObjectId"] = _companyId.ToString(CultureInfo.InvariantCulture),
            ["propertyName"] = "annualrevenue",
            [EmulatorRoute.PipelineObjectType] = "deals",
            ["pipelineId"] = "default",
            ["stageId"] = "appointmentscheduled",
            ["groupName"] = "contactinformation",
            ["associationTypeId"] = "999",
            ["schemaType"] = "shipment",
            ["ownerId"] = "1",
            ["appId"] = app,
            ["subscriptionId"] = subscription["id"].ToString(),
            ["token"] = "CJ-no-such-oauth-token",
        };
        _routes = EmulatorRoutes.All(_hub, _parameters);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public void Finds_every_endpoint_area() =>
        Assert.All(
            ["/crm/v3/objects/", "/crm/v4/objects/", "/crm/v4/associations/", "/crm/v3/properties/", "/crm/v3/schemas", "/crm/v3/owners", "/webhooks/v3/", "/crm/v3/pipelines/", "/account-info/", "/oauth/"],
            area => Assert.Contains(_routes, route => route.Pattern.StartsWith(area, StringComparison.Ordinal)));

    [Fact]
    public async Task Every_member_of_the_wrong_type_or_out_of_range_gets_a_hubspot_4xx()
    {
        var problems = new List<string>();
        var sent = 0;
        foreach (var route in _routes.Where(r => r.TakesBody))
        {
            var path = route.Path(_parameters);
            foreach (var (where, body) in HostileJson.Mutations(RepresentativeBodies.For(route, _contactId, _companyId)))
            {
                problems.AddIfNotNull(await ProblemWithAnswerAsync($"{route} with {where}", route.Method, path, Encoding.UTF8.GetBytes(body)));
                sent++;
            }
        }

        output.WriteLine($"{sent} requests with one member replaced.");
        AssertNone(problems, sent);
    }

    [Fact]
    public async Task Bodies_that_are_not_json_or_not_unicode_get_a_hubspot_4xx_everywhere()
    {
        var problems = new List<string>();
        var sent = 0;
        foreach (var route in _routes)
        {
            var path = route.Path(_parameters);
            foreach (var (name, body) in HostileJson.Malformed())
            {
                problems.AddIfNotNull(await ProblemWithAnswerAsync($"{route} with {name}", route.Method, path, body, ContentTypes[sent++ % ContentTypes.Length]));
            }
        }

        AssertNone(problems, sent);
    }

    [Fact]
    public async Task Hostile_path_segments_and_query_values_get_a_hubspot_4xx_everywhere()
    {
        var problems = new List<string>();
        var sent = 0;
        foreach (var route in _routes)
        {
            var body = route.TakesBody ? Encoding.UTF8.GetBytes(RepresentativeBodies.For(route, _contactId, _companyId)) : null;
            foreach (var parameter in route.Parameters)
            {
                foreach (var value in PathValues)
                {
                    problems.AddIfNotNull(await ProblemWithAnswerAsync($"{route} with {{{parameter}}} = {value}", route.Method, route.Path(_parameters, (parameter, value)), body));
                    sent++;
                }
            }

            foreach (var name in QueryNames)
            {
                foreach (var value in QueryValues)
                {
                    problems.AddIfNotNull(await ProblemWithAnswerAsync($"{route} with ?{name}={value}", route.Method, $"{route.Path(_parameters)}?{name}={value}&{name}=2", body));
                    sent++;
                }
            }
        }

        AssertNone(problems, sent);
    }

    [Fact]
    public Task Randomly_mutated_requests_with_the_fixed_seed_get_a_hubspot_4xx() => FuzzAsync(20261212);

    [Fact]
    public Task Randomly_mutated_requests_with_a_new_seed_each_run_get_a_hubspot_4xx()
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"Seed {seed}: pass it to FuzzAsync to reproduce a failure.");
        return FuzzAsync(seed);
    }

    [Fact]
    public async Task A_search_token_with_many_wildcards_against_a_long_value_answers_at_once()
    {
        var api = new HubSpotHttp(_hub);
        await api.CreateContactAsync(Unique.Email(), $"\"jobtitle\":\"{new string('a', 65_000)}\"");
        var token = string.Concat(Enumerable.Repeat("*a", 40)) + "*b";

        // The emulator's read lock is held while a search runs, so a search that never ends would stop every write too.
        var search = await api.PostAsync("/crm/v3/objects/contacts/search",
            $$"""{"filterGroups":[{"filters":[{"propertyName":"jobtitle","operator":"CONTAINS_TOKEN","value":"{{token}}"}]}]}""").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal(0, search["total"].GetInt32());
    }

    [Theory]
    [InlineData("PUT", "/crm/v3/objects/contacts")]
    [InlineData("DELETE", "/crm/v3/objects/contacts/batch/read")]
    [InlineData("GET", "/crm/v3/objects/contacts/search/")]
    [InlineData("PATCH", "/crm/v3/owners")]
    [InlineData("TRACE", "/crm/v3/properties/contacts")]
    [InlineData("POST", "/crm/v3/unknown")]
    [InlineData("GET", "/")]
    public async Task Methods_and_paths_that_are_not_endpoints_get_a_hubspot_4xx(string method, string path) =>
        await AssertAnswersLikeHubSpotAsync($"{method} {path}", method, path, "{}"u8.ToArray());

    [Theory]
    [InlineData("/crm/v3/objects/contacts/%00")]
    [InlineData("/crm/v3/objects/\u00e9")]
    public async Task A_request_line_kestrel_refuses_is_its_400_and_the_emulator_keeps_serving(string path)
    {
        var head = System.Text.Encoding.Latin1.GetBytes($"GET {path} HTTP/1.1\r\nHost: {_hub.BaseAddress.Authority}\r\nConnection: close\r\n\r\n");

        var refused = await RawHttp.SendAsync(_hub.BaseAddress, head);
        var after = await new HubSpotHttp(_hub).GetAsync($"/crm/v3/objects/contacts/{_contactId}");

        // Kestrel answers these itself, before any of the emulator's code (or its error shape) is reached.
        Assert.Equal((int)HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_a_hubspot_413()
    {
        var response = await RawHttp.SendAsync(_hub.BaseAddress, Head("POST", "crm/v3/objects/contacts/search", ("Content-Length", "40000000")));

        AssertHubSpotError(HttpStatusCode.RequestEntityTooLarge, response, "declared length over the limit");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_hubspot_413()
    {
        var body = Encoding.ASCII.GetBytes("{\"query\":\"" + new string('x', 31_000_000) + "\"}");

        var response = await RawHttp.SendAsync(_hub.BaseAddress, Head("POST", "crm/v3/objects/contacts/search", ("Transfer-Encoding", "chunked")), RawHttp.Chunked(body));

        AssertHubSpotError(HttpStatusCode.RequestEntityTooLarge, response, "chunked body over the limit");
    }

    [Theory]
    [InlineData("zz\r\n{}\r\n0\r\n\r\n")]
    [InlineData("ffffffffffffffffff\r\n{}")]
    [InlineData("2\r\n{}XX0\r\n\r\n")]
    public async Task A_bad_chunk_is_a_hubspot_400(string chunks)
    {
        var response = await RawHttp.SendAsync(_hub.BaseAddress, Head("POST", "crm/v3/objects/contacts/search", ("Transfer-Encoding", "chunked")), Encoding.ASCII.GetBytes(chunks));

        AssertHubSpotError(HttpStatusCode.BadRequest, response, $"chunks {chunks}");
    }

    [Fact]
    public async Task A_body_that_stalls_is_a_hubspot_408()
    {
        var body = "{\"properties\":{\"firstname\":\"Slow\"}}"u8.ToArray();
        var head = Head("POST", "crm/v3/objects/contacts", ("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture)));

        // Kestrel's minimum request body rate is 240 bytes/s after a 5 s grace period.
        var response = await RawHttp.SendAsync(_hub.BaseAddress, [[.. head, .. body[..5]], body[5..]], pauseBetweenParts: TimeSpan.FromSeconds(8));

        AssertHubSpotError(HttpStatusCode.RequestTimeout, response, "stalled body");
    }

    [Fact]
    public async Task A_body_cut_off_by_the_client_leaves_the_emulator_serving()
    {
        using (var tcp = new System.Net.Sockets.TcpClient())
        {
            await tcp.ConnectAsync(_hub.BaseAddress.Host, _hub.BaseAddress.Port);
            await tcp.GetStream().WriteAsync(Head("POST", "crm/v3/objects/contacts", ("Content-Length", "5000")).Concat("{\"prop"u8.ToArray()).ToArray());
        }

        var after = await new HubSpotHttp(_hub).GetAsync($"/crm/v3/objects/contacts/{_contactId}");

        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    /// <summary>
    /// Random requests to random endpoints: a well-formed body with one to three mutations (a member replaced by a hostile
    /// value, a byte flipped, invalid UTF-8 inserted, the body cut short), a hostile path segment or query value.
    /// </summary>
    private async Task FuzzAsync(int seed)
    {
        const int Requests = 400;
        var random = new Random(seed);
        var problems = new List<string>();
        var mutations = new Dictionary<EmulatorRoute, List<(string Where, string Body)>>();
        for (var index = 0; index < Requests; index++)
        {
            var route = _routes[random.Next(_routes.Count)];
            var path = route.Parameters.Count > 0 && random.Next(4) == 0
                ? route.Path(_parameters, (route.Parameters[random.Next(route.Parameters.Count)], PathValues[random.Next(PathValues.Length)]))
                : route.Path(_parameters);
            if (random.Next(4) == 0)
            {
                path += $"?{QueryNames[random.Next(QueryNames.Length)]}={QueryValues[random.Next(QueryValues.Length)]}";
            }

            var representative = RepresentativeBodies.For(route, _contactId, _companyId);
            if (!mutations.TryGetValue(route, out var options))
            {
                mutations[route] = options = [.. HostileJson.Mutations(representative)];
            }

            var (where, text) = options.Count > 0 && random.Next(2) == 0 ? options[random.Next(options.Count)] : ("no member replaced", representative);
            var body = Encoding.UTF8.GetBytes(text);
            var what = new StringBuilder().Append(CultureInfo.InvariantCulture, $"seed {seed}, request {index}: {route.Method} {path} with {where}");
            for (var mutation = random.Next(3); mutation > 0 && body.Length > 0; mutation--)
            {
                var at = random.Next(body.Length);
                switch (random.Next(3))
                {
                    case 0:
                        body[at] = (byte)random.Next(256);
                        what.Append(CultureInfo.InvariantCulture, $", byte {at} = {body[at]:X2}");
                        break;
                    case 1:
                        body = [.. body[..at], 0xED, 0xA0, 0x80, .. body[at..]];
                        what.Append(CultureInfo.InvariantCulture, $", invalid UTF-8 at {at}");
                        break;
                    default:
                        body = body[..at];
                        what.Append(CultureInfo.InvariantCulture, $", cut at {at}");
                        break;
                }
            }

            problems.AddIfNotNull(await ProblemWithAnswerAsync(what.ToString(), route.Method, path, route.TakesBody || random.Next(4) == 0 ? body : null));
        }

        AssertNone(problems, Requests);
    }

    /// <summary>Sends one request; returns what is wrong with the answer, or <see langword="null"/> when it is a success or HubSpot's 4xx.</summary>
    private async Task<string?> ProblemWithAnswerAsync(string what, string method, string path, byte[]? body, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        using var response = await _http.SendAsync(request);
        var status = (int)response.StatusCode;
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (status >= 500)
        {
            return $"{what}: answered {status} {Encoding.UTF8.GetString(bytes)}";
        }

        if (status >= 400)
        {
            var correlationId = response.Headers.TryGetValues("x-hubspot-correlation-id", out var ids) ? ids.Single() : null;
            return ErrorShapeProblem(what, status, response.Content.Headers.ContentType?.MediaType, bytes, correlationId);
        }

        try
        {
            using var document = bytes.Length > 0 ? JsonDocument.Parse(bytes) : null;
            return null;
        }
        catch (JsonException)
        {
            return $"{what}: answered {status} with a body that is not JSON";
        }
    }

    private async Task AssertAnswersLikeHubSpotAsync(string what, string method, string path, byte[]? body)
    {
        var problem = await ProblemWithAnswerAsync(what, method, path, body);
        Assert.True(problem is null, problem);
    }

    private static void AssertNone(List<string> problems, int sent)
    {
        Assert.True(problems.Count == 0, $"{problems.Count} of {sent} answers are not HubSpot's:\n" + string.Join("\n", problems.Take(40)));
    }

    private static void AssertHubSpotError(HttpStatusCode expected, RawHttpResponse response, string what)
    {
        Assert.True((int)expected == response.Status, $"{what}: expected {(int)expected}, got {response.Status} {response.Text}");
        var problem = ErrorShapeProblem(what, response.Status, response.ContentType?.Split(';')[0], response.Body, response.Headers.GetValueOrDefault("x-hubspot-correlation-id"));
        Assert.True(problem is null, problem);
    }

    private static string? ErrorShapeProblem(string what, int status, string? mediaType, byte[] body, string? correlationId)
    {
        if (mediaType != "application/json")
        {
            return $"{what}: {status} with content type {mediaType}: {Encoding.UTF8.GetString(body)}";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var error = document.RootElement;
            return error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("status", out var state) && state.ValueKind == JsonValueKind.String && state.GetString() == "error"
                && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String && message.GetString()!.Length > 0
                && error.TryGetProperty("category", out var category) && category.ValueKind == JsonValueKind.String && category.GetString()!.Length > 0
                && error.TryGetProperty("correlationId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == correlationId && correlationId is not null
                ? null
                : $"{what}: {status} not in HubSpot's error shape (status, message, category, correlationId matching the header): {error}";
        }
        catch (JsonException)
        {
            return $"{what}: {status} with a body that is not JSON: {Encoding.UTF8.GetString(body)}";
        }
    }

    private byte[] Head(string method, string path, params (string Name, string Value)[] headers) =>
        RawHttp.Head(method, new Uri(_hub.BaseAddress, path), [("Authorization", "Bearer " + _hub.AccessToken), ("Content-Type", "application/json"), .. headers]);
}

/// <summary>Collects what is wrong with answers, so one run lists every bad endpoint instead of the first.</summary>
internal static class ProblemListExtensions
{
    public static void AddIfNotNull(this List<string> problems, string? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }
}
