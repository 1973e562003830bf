using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Spoke.Agents.Tests.Mcp;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Confirmation;

/// <summary>
/// <c>spoke mcp</c> over stdio, driven by the SDK's client, asks the client's user to confirm the writes the policy marks,
/// through MCP elicitation, and writes only what the user accepted.
/// </summary>
public sealed class McpConfirmationTests
{
    private const string Policy = """
        {"agents": {"ops": {
          "deals": {"access": "write", "delete": true, "confirm": ["delete"]},
          "contacts": {"access": "write", "confirmBatchesOver": 2},
          "companies": {"access": "write", "confirm": ["removeAssociation"]}
        }}}
        """;

    [Theory]
    [InlineData("decline", "declined", "The user declined")]
    [InlineData("cancel", "cancelled", "dismissed the confirmation")]
    public async Task A_delete_the_user_refuses_is_not_written_and_the_answer_is_audited(string action, string audited, string expected)
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        var asked = new List<ElicitRequestParams>();
        await using var server = await StartAsync(hub, asked, action);
        var dealId = await CreateDealAsync(server);

        var refused = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new { action = "delete", objectType = "deals", id = dealId }));

        Assert.True(refused.IsError);
        Assert.Contains(expected, McpStdioTests.Text(refused), StringComparison.Ordinal);
        Assert.Contains("nothing was written", McpStdioTests.Text(refused), StringComparison.Ordinal);
        var question = Assert.Single(asked);
        Assert.Contains($"delete (archive) the deals record '{dealId}'", question.Message, StringComparison.Ordinal);
        Assert.Contains("deletes of deals", question.Message, StringComparison.Ordinal);
        var stillThere = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new { action = "get", objectType = "deals", id = dealId }));
        Assert.False(stillThere.IsError, McpStdioTests.Text(stillThere));
        var entry = (await AuditAsync(server)).Single(line => line.GetProperty("action").GetString() == "delete");
        Assert.Equal("denied", entry.GetProperty("outcome").GetString());
        Assert.Equal(audited, entry.GetProperty("confirmation").GetString());
    }

    [Fact]
    public async Task An_accepted_delete_is_written_and_audited_as_accepted_and_a_dry_run_asks_nobody()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        var asked = new List<ElicitRequestParams>();
        await using var server = await StartAsync(hub, asked, "accept");
        var dealId = await CreateDealAsync(server);

        var preview = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new { action = "delete", objectType = "deals", id = dealId, dryRun = true }));
        Assert.False(preview.IsError, McpStdioTests.Text(preview));
        Assert.Empty(asked);

        var deleted = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new { action = "delete", objectType = "deals", id = dealId }));

        Assert.False(deleted.IsError, McpStdioTests.Text(deleted));
        Assert.Single(asked);
        var gone = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new { action = "get", objectType = "deals", id = dealId }));
        Assert.True(gone.IsError);
        var audit = await AuditAsync(server);
        var delete = audit.Single(line => line.GetProperty("action").GetString() == "delete" && line.GetProperty("outcome").GetString() == "succeeded");
        Assert.Equal("accepted", delete.GetProperty("confirmation").GetString());
        Assert.Single(audit, line => line.TryGetProperty("confirmation", out _));
    }

    [Fact]
    public async Task A_client_without_elicitation_gets_a_clear_denial_and_nothing_is_written()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "ops", Policy);
        var dealId = await CreateDealAsync(server);

        var refused = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new { action = "delete", objectType = "deals", id = dealId }));

        Assert.True(refused.IsError);
        var text = McpStdioTests.Text(refused);
        Assert.Contains("needs a person's confirmation", text, StringComparison.Ordinal);
        Assert.Contains("did not declare the elicitation capability", text, StringComparison.Ordinal);
        Assert.Contains("nothing was written", text, StringComparison.Ordinal);
        Assert.False((await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new { action = "get", objectType = "deals", id = dealId }))).IsError);
        var entry = (await AuditAsync(server)).Single(line => line.GetProperty("action").GetString() == "delete");
        Assert.Equal(("denied", "unavailable"), (entry.GetProperty("outcome").GetString(), entry.GetProperty("confirmation").GetString()));
    }

    [Fact]
    public async Task An_upsert_above_the_batch_size_shows_every_value_and_a_smaller_one_asks_nobody()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        var asked = new List<ElicitRequestParams>();
        await using var server = await StartAsync(hub, asked, "decline");

        var small = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new
        {
            action = "upsert",
            objectType = "contacts",
            idProperty = "email",
            records = new[] { new { id = "a@example.com", properties = new { firstname = "Ada" } }, new { id = "b@example.com", properties = new { firstname = "Bob" } } },
        }));
        var large = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new
        {
            action = "upsert",
            objectType = "contacts",
            idProperty = "email",
            records = new[]
            {
                new { id = "c@example.com", properties = new { firstname = "Cy" } },
                new { id = "d@example.com", properties = new { firstname = "Di" } },
                new { id = "e@example.com", properties = new { firstname = "Ed" } },
            },
        }));

        Assert.False(small.IsError, McpStdioTests.Text(small));
        Assert.True(large.IsError);
        var question = Assert.Single(asked).Message!;
        Assert.Contains("upsert 3 contacts records by 'email'", question, StringComparison.Ordinal);
        Assert.Contains("'e@example.com': 'firstname': 'Ed'", question, StringComparison.Ordinal);
        Assert.Contains("upserts of more than 2 contacts records", question, StringComparison.Ordinal);
        var search = await server.Client.CallToolAsync("search_hubspot", Arguments(new { objectType = "contacts", query = "e@example.com" }));
        Assert.Equal(0, JsonDocument.Parse(McpStdioTests.Text(search)).RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Removing_an_association_asks_and_creating_one_does_not()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        var asked = new List<ElicitRequestParams>();
        await using var server = await StartAsync(hub, asked, "decline");
        var contact = await CreateAsync(server, "contacts", new { email = "ana@example.com" });
        var company = await CreateAsync(server, "companies", new { name = "Acme" });
        var pair = new { fromObjectType = "contacts", fromId = contact, toObjectType = "companies", toId = company };

        var created = await server.Client.CallToolAsync("manage_hubspot_associations", Arguments(new { action = "create", pair.fromObjectType, pair.fromId, pair.toObjectType, pair.toId }));
        var removed = await server.Client.CallToolAsync("manage_hubspot_associations", Arguments(new { action = "remove", pair.fromObjectType, pair.fromId, pair.toObjectType, pair.toId }));

        Assert.False(created.IsError, McpStdioTests.Text(created));
        Assert.True(removed.IsError);
        var question = Assert.Single(asked).Message!;
        Assert.Contains($"remove EVERY association between the contacts record '{contact}' and the companies record '{company}'", question, StringComparison.Ordinal);
        var listed = await server.Client.CallToolAsync("manage_hubspot_associations", Arguments(new { action = "list", pair.fromObjectType, pair.fromId, pair.toObjectType }));
        Assert.Equal(1, JsonDocument.Parse(McpStdioTests.Text(listed)).RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task A_policy_with_an_invalid_confirmation_setting_stops_the_server_before_it_serves()
    {
        var directory = Directory.CreateTempSubdirectory("spoke-mcp-confirm-").FullName;
        try
        {
            var policyPath = Path.Combine(directory, "policy.json");
            await File.WriteAllTextAsync(policyPath, """{"agents": {"ops": {"deals": {"access": "write", "confirm": ["delete"]}}}}""");

            var exception = await Assert.ThrowsAsync<Spoke.Agents.Policy.PolicyFileException>(() => Spoke.Agents.Mcp.SpokeMcpServer.RunAsync(new Spoke.Agents.Mcp.SpokeMcpServerOptions
            {
                AccessToken = "pat-unused",
                PolicyPath = policyPath,
                AgentName = "ops",
            }));

            Assert.Equal(
                $"{policyPath}: $.agents.ops.deals.confirm[0] is \"delete\", but the rule does not allow deleting, so there is nothing to confirm. Add \"delete\": true, or remove \"delete\" from the list.",
                exception.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Task<SpokeMcpProcess> StartAsync(HubSpotEmulator hub, List<ElicitRequestParams> asked, string answer) =>
        SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "ops", Policy, new McpClientHandlers
        {
            ElicitationHandler = (request, _) =>
            {
                lock (asked)
                {
                    asked.Add(request!);
                }

                return ValueTask.FromResult(new ElicitResult { Action = answer });
            },
        });

    private static Task<string> CreateDealAsync(SpokeMcpProcess server) => CreateAsync(server, "deals", new { dealname = "Big one", dealstage = "appointmentscheduled", pipeline = "default" });

    private static async Task<string> CreateAsync(SpokeMcpProcess server, string objectType, object properties)
    {
        var created = await server.Client.CallToolAsync("manage_hubspot_records", Arguments(new { action = "create", objectType, properties }));
        Assert.False(created.IsError, McpStdioTests.Text(created));
        return JsonDocument.Parse(McpStdioTests.Text(created)).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<List<JsonElement>> AuditAsync(SpokeMcpProcess server) =>
        [.. (await server.ReadAuditLinesAsync()).Select(line => JsonDocument.Parse(line).RootElement)];

    internal static Dictionary<string, object?> Arguments(object arguments) =>
        JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments))!;
}
