using System.Text.Json;
using Microsoft.Extensions.AI;
using Spoke.Agents.AI;
using Spoke.Agents.Audit;
using Spoke.Agents.Policy;
using Spoke.Agents.Tests.Fakes;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Tools;

/// <summary>
/// Every property a write sets needs write access, the idProperty of an upsert included; and a write HubSpot refused,
/// wholly or in part, is reported and audited as such, never as a success.
/// </summary>
public sealed class WrittenPropertyTests
{
    private const string Records = "manage_hubspot_records";

    private const string Policy = """
        {"agents": {
          "limited": {"contacts": {"access": "write", "allowProperties": ["firstname", "lastname", "phone"]}, "companies": "write"},
          "no-email": {"contacts": {"access": "write", "denyProperties": ["email"]}},
          "with-email": {"contacts": {"access": "write", "allowProperties": ["firstname", "email"]}},
          "writer": {"*": "write"}
        }}
        """;

    private readonly ToolHarness _harness = new(Policy);

    [Theory]
    [InlineData("limited", "email", false)]
    [InlineData("limited", "email", true)]
    [InlineData("no-email", "email", false)]
    [InlineData("no-email", "EMAIL", true)]
    public async Task An_upsert_by_a_property_the_agent_may_not_write_is_denied_before_HubSpot(string agent, string idProperty, bool dryRun)
    {
        var result = await _harness.CallAsync(Records, agent, $$$"""
            {"action": "upsert", "objectType": "contacts", "idProperty": "{{{idProperty}}}", "dryRun": {{{(dryRun ? "true" : "false")}}},
             "records": [{"id": "eve@example.com", "properties": {"firstname": "Eve"}}]}
            """);

        Assert.True(result.IsError, result.Text);
        Assert.Contains($"may not write these 'contacts' properties: {idProperty}", result.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(_harness.Audit.Entries).Outcome);
        Assert.Empty(_harness.HubSpot.Calls);
    }

    [Fact]
    public async Task An_upsert_by_a_property_the_agent_may_write_goes_ahead()
    {
        var result = await _harness.CallAsync(Records, "with-email", """
            {"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "eve@example.com", "properties": {"firstname": "Eve"}}]}
            """);

        Assert.False(result.IsError, result.Text);
        Assert.Equal(["upsert"], _harness.HubSpot.Calls);
    }

    [Fact]
    public async Task An_upsert_HubSpot_rejected_entirely_is_a_failure_with_each_record_s_error()
    {
        _harness.HubSpot.UpsertRejection = id => $"{id} is not a valid email address.";

        var result = await _harness.CallAsync(Records, "writer", """
            {"action": "upsert", "objectType": "contacts", "idProperty": "email",
             "records": [{"id": "not-an-email", "properties": {}}, {"id": "also-not", "properties": {}}]}
            """);

        Assert.True(result.IsError, result.Text);
        using var json = JsonDocument.Parse(result.Text);
        Assert.Equal("failed", json.RootElement.GetProperty("outcome").GetString());
        Assert.Contains("nothing was written", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(["not-an-email", "also-not"], json.RootElement.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("id").GetString()));
        var entry = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal(
            [new RecordFailure("not-an-email", "VALIDATION_ERROR: not-an-email is not a valid email address."), new RecordFailure("also-not", "VALIDATION_ERROR: also-not is not a valid email address.")],
            entry.RecordFailures);
        Assert.DoesNotContain("\"succeeded\"", System.Text.Encoding.UTF8.GetString(AuditEntryWriter.ToJsonLine(entry)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upsert_HubSpot_rejected_in_part_is_partial_and_names_what_was_written()
    {
        _harness.HubSpot.UpsertRejection = id => id == "bad" ? "bad is not a valid email address." : null;

        var result = await _harness.CallAsync(Records, "writer", """
            {"action": "upsert", "objectType": "contacts", "idProperty": "email",
             "records": [{"id": "ada@example.com", "properties": {}}, {"id": "bad", "properties": {}}]}
            """);

        Assert.True(result.IsError, result.Text);
        using var json = JsonDocument.Parse(result.Text);
        Assert.Equal("partial", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("ada@example.com", json.RootElement.GetProperty("results")[0].GetProperty("properties").GetProperty("email").GetString());
        Assert.Equal("bad", json.RootElement.GetProperty("errors").EnumerateArray().Single().GetProperty("id").GetString());
        var entry = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Partial, entry.Outcome);
        Assert.Equal("bad", Assert.Single(entry.RecordFailures).RecordId);
        Assert.Contains("\"outcome\":\"partial\"", System.Text.Encoding.UTF8.GetString(AuditEntryWriter.ToJsonLine(entry)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upsert_the_emulator_rejects_is_audited_as_failed_with_HubSpot_s_reason()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        using var httpClient = new HttpClient();
        using var client = new HubSpotClient(httpClient, new HubSpotClientOptions { AccessToken = hub.AccessToken, BaseAddress = hub.BaseAddress });
        var audit = new MemoryAuditLog();
        var records = HubSpotAgentTools.CreateAIFunctions(client, new HubSpotAgentToolsOptions
        {
            Policy = PolicyFileReader.Parse(Policy),
            AgentName = "writer",
            Audit = audit,
        }).Single(function => function.Name == Records);

        var answer = (string)(await records.InvokeAsync(new AIFunctionArguments
        {
            ["action"] = "upsert",
            ["objectType"] = "contacts",
            ["idProperty"] = "email",
            ["records"] = new[] { new { id = "ada@example.com", properties = new { hs_lead_status = "no-such-status" } } },
        }))!;

        Assert.StartsWith("Error: ", answer, StringComparison.Ordinal);
        Assert.Equal("failed", JsonDocument.Parse(answer["Error: ".Length..]).RootElement.GetProperty("outcome").GetString());
        var entry = Assert.Single(audit.Entries);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains("hs_lead_status", Assert.Single(entry.RecordFailures).Message, StringComparison.Ordinal);
        using var http = hub.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("crm/v3/objects/contacts/ada@example.com?idProperty=email")).StatusCode);
    }

    [Fact]
    public async Task A_create_whose_association_failed_says_the_record_exists()
    {
        _harness.HubSpot.Failure = HubSpotModelFactory.HubSpotException(404, category: "OBJECT_NOT_FOUND", serviceMessage: "No company 5.");
        _harness.HubSpot.FailingCall = "createAssociation";

        var result = await _harness.CallAsync(Records, "writer", """
            {"action": "create", "objectType": "contacts", "properties": {"email": "ada@example.com"},
             "associations": [{"toObjectType": "companies", "toId": "5"}]}
            """);

        Assert.True(result.IsError, result.Text);
        using var json = JsonDocument.Parse(result.Text);
        Assert.Equal("partial", json.RootElement.GetProperty("outcome").GetString());
        var id = json.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
        Assert.True(_harness.HubSpot.Exists("contacts", id));
        Assert.Contains("companies/5", json.RootElement.GetProperty("errors")[0].GetProperty("id").GetString(), StringComparison.Ordinal);
        var entry = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Partial, entry.Outcome);
        Assert.Contains(id, entry.RecordIds);
    }
}
