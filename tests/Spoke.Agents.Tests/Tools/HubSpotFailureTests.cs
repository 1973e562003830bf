using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Tests.Fakes;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Tools;

/// <summary>
/// HubSpot's failures reach the model as the runtime's <see cref="HubSpotException"/> describes them, over a real socket to
/// the emulator (and, for what only a gateway sends, a handler in front of the socket): the advice, the audit's status
/// and correlation id, and whether a write may have happened.
/// </summary>
public sealed class HubSpotFailureTests
{
    private const string Records = "manage_hubspot_records";

    [Fact]
    public async Task A_429_that_outlasts_the_retries_tells_the_model_which_limit_and_how_long_to_wait()
    {
        await using var tools = await EmulatedToolSet.StartAsync(
            hub => hub.Faults.Rules.Add(new FaultRule(FaultKind.Status) { StatusCode = 429, PathPattern = "/crm/v3/objects/contacts/search" }),
            configureClient: client => client.Retry.MaxRetries = 1);

        var result = await tools.CallAsync("search_hubspot", "analyst", """{"objectType": "contacts", "query": "ada"}""");

        Assert.True(result.IsError, result.Text);
        Assert.Contains("HubSpot rate limit reached (SECONDLY). Wait 1 seconds", result.Text, StringComparison.Ordinal);
        var entry = Assert.Single(tools.Audit.Entries);
        Assert.Equal((AuditOutcome.Failed, 429), (entry.Outcome, entry.HubSpotStatus));
        Assert.False(string.IsNullOrEmpty(entry.CorrelationId));
        Assert.Contains(entry.CorrelationId!, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_names_each_field_HubSpot_refused_and_points_to_the_schema()
    {
        await using var tools = await EmulatedToolSet.StartAsync();
        var contact = await tools.Client.CreateAsync(CrmObjectType.Contacts, new CrmObjectInput([new("email", "ada@example.com")]));

        var result = await tools.CallAsync(Records, "admin", $$$"""
            {"action": "update", "objectType": "contacts", "id": "{{{contact.Id}}}", "properties": {"hs_lead_status": "no-such-status"}}
            """);

        Assert.True(result.IsError, result.Text);
        Assert.StartsWith("HubSpot rejected the request: ", result.Text, StringComparison.Ordinal);
        Assert.Contains("Details: hs_lead_status: ", result.Text, StringComparison.Ordinal);
        Assert.Contains("call get_hubspot_schema with objectType \"contacts\"", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("may have reached HubSpot", result.Text, StringComparison.Ordinal);
        var entry = Assert.Single(tools.Audit.Entries);
        Assert.Equal((AuditOutcome.Failed, 400), (entry.Outcome, entry.HubSpotStatus));
        Assert.Equal(new PropertyChange(contact.Id, "hs_lead_status", null, "no-such-status"), Assert.Single(entry.Changes));
    }

    [Fact]
    public async Task A_gateway_s_HTML_502_on_a_create_says_HubSpot_failed_and_that_the_record_may_exist()
    {
        ScriptedGateway? gateway = null;
        await using var tools = await EmulatedToolSet.StartAsync(inFrontOfSocket: socket => gateway = new ScriptedGateway(socket)
        {
            Matches = request => request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/crm/v3/objects/contacts",
        });

        var result = await tools.CallAsync(Records, "admin", """{"action": "create", "objectType": "contacts", "properties": {"email": "ada@example.com"}}""");

        Assert.True(result.IsError, result.Text);
        Assert.Equal(["POST /crm/v3/objects/contacts"], gateway!.Intercepted);
        Assert.Contains("HubSpot had an internal error (502)", result.Text, StringComparison.Ordinal);
        Assert.Contains("The write may have reached HubSpot before the failure", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", result.Text, StringComparison.OrdinalIgnoreCase);
        var entry = Assert.Single(tools.Audit.Entries);
        Assert.Equal((AuditOutcome.Failed, 502), (entry.Outcome, entry.HubSpotStatus));
    }

    [Fact]
    public async Task An_upsert_whose_whole_request_failed_gets_HubSpot_s_advice_not_a_list_of_records_to_fix()
    {
        await using var tools = await EmulatedToolSet.StartAsync(
            inFrontOfSocket: socket => new ScriptedGateway(socket) { Matches = request => request.RequestUri!.AbsolutePath.EndsWith("/batch/upsert", StringComparison.Ordinal) },
            configureClient: client =>
            {
                client.Retry.MaxRetries = 1;
                client.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
            });

        var result = await tools.CallAsync(Records, "admin", """
            {"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "ada@example.com", "properties": {"firstname": "Ada"}}]}
            """);

        Assert.True(result.IsError, result.Text);
        Assert.StartsWith("HubSpot had an internal error (502)", result.Text, StringComparison.Ordinal);
        Assert.Contains("The write may have reached HubSpot", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fix each record", result.Text, StringComparison.Ordinal);
        var entry = Assert.Single(tools.Audit.Entries);
        Assert.Equal((AuditOutcome.Failed, 502), (entry.Outcome, entry.HubSpotStatus));
        Assert.Empty(entry.RecordFailures);
    }

    [Fact]
    public async Task An_upsert_HubSpot_refused_in_part_names_the_refused_record_and_keeps_the_written_one()
    {
        await using var tools = await EmulatedToolSet.StartAsync();

        var result = await tools.CallAsync(Records, "admin", """
            {"action": "upsert", "objectType": "contacts", "idProperty": "email",
             "records": [{"id": "ada@example.com", "properties": {"firstname": "Ada"}}, {"id": "bob@example.com", "properties": {"hs_lead_status": "no-such-status"}}]}
            """);

        Assert.True(result.IsError, result.Text);
        using var json = JsonDocument.Parse(result.Text);
        Assert.Equal("partial", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("ada@example.com", Assert.Single(json.RootElement.GetProperty("results").EnumerateArray()).GetProperty("properties").GetProperty("email").GetString());
        var refused = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("bob@example.com", refused.GetProperty("id").GetString());
        Assert.Contains("hs_lead_status", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
        var entry = Assert.Single(tools.Audit.Entries);
        Assert.Equal(AuditOutcome.Partial, entry.Outcome);
        Assert.Equal("bob@example.com", Assert.Single(entry.RecordFailures).RecordId);
        Assert.Equal("Ada", (await tools.Client.GetByUniquePropertyAsync(CrmObjectType.Contacts, "email", "ada@example.com", ["firstname"])).Properties["firstname"]);
    }

    [Fact]
    public async Task A_call_the_caller_cancels_in_flight_ends_in_cancellation_and_is_still_audited()
    {
        ScriptedGateway? gateway = null;
        await using var tools = await EmulatedToolSet.StartAsync(inFrontOfSocket: socket => gateway = new ScriptedGateway(socket)
        {
            Matches = request => request.RequestUri!.AbsolutePath.EndsWith("/search", StringComparison.Ordinal),
            Hold = true,
        });
        using var cancellation = new CancellationTokenSource();

        var call = tools.CallAsync("search_hubspot", "analyst", """{"objectType": "contacts", "query": "ada"}""", cancellation.Token);
        await gateway!.Held;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        var entry = Assert.Single(tools.Audit.Entries);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal("The call was cancelled before it finished.", entry.Error);
    }
}
