using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Tools;

public sealed class RecordToolTests
{
    private const string Records = "manage_hubspot_records";

    private readonly ToolHarness _harness = new();

    [Fact]
    public async Task Update_audits_old_and_new_values()
    {
        var id = _harness.HubSpot.Add("tickets", new() { ["subject"] = "Printer", ["hs_ticket_priority"] = "LOW" });

        var result = await _harness.CallAsync(Records, "support-bot", $$$"""{"action": "update", "objectType": "ticket", "id": "{{{id}}}", "properties": {"hs_ticket_priority": "HIGH"}}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal("HIGH", _harness.HubSpot.Properties("tickets", id)["hs_ticket_priority"]);
        var entry = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal("tickets", entry.ObjectType);
        Assert.Equal(new PropertyChange(id, "hs_ticket_priority", "LOW", "HIGH"), Assert.Single(entry.Changes));
    }

    [Fact]
    public async Task Dry_run_shows_current_and_proposed_values_without_writing()
    {
        var id = _harness.HubSpot.Add("tickets", new() { ["subject"] = "Printer" });

        var result = await _harness.CallAsync(Records, "support-bot", $$$"""{"action": "update", "objectType": "tickets", "id": "{{{id}}}", "properties": {"subject": "Scanner"}, "dryRun": true}""");

        using var json = JsonDocument.Parse(result.Text);
        Assert.True(json.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal("Printer", json.RootElement.GetProperty("current").GetProperty("subject").GetString());
        Assert.Equal("Scanner", json.RootElement.GetProperty("proposed").GetProperty("subject").GetString());
        Assert.Equal("Printer", _harness.HubSpot.Properties("tickets", id)["subject"]);
        Assert.DoesNotContain("update", _harness.HubSpot.Calls);
        Assert.Equal(AuditOutcome.DryRun, Assert.Single(_harness.Audit.Entries).Outcome);
    }

    [Theory]
    [InlineData("update", "king")]
    [InlineData("create", "customer;lead")]
    [InlineData("upsert", "Lead")]
    public async Task A_dry_run_refuses_an_option_the_live_schema_lacks_naming_the_valid_ones(string action, string value)
    {
        var id = _harness.HubSpot.Add("contacts", new() { ["email"] = "ada@example.com" });
        var arguments = action == "upsert"
            ? $$$"""{"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "ada@example.com", "properties": {"lifecyclestage": "{{{value}}}"}}], "dryRun": true}"""
            : $$$"""{"action": "{{{action}}}", "objectType": "contacts", "id": "{{{id}}}", "properties": {"lifecyclestage": "{{{value}}}"}, "dryRun": true}""";

        var result = await _harness.CallAsync(Records, "admin", arguments);

        Assert.True(result.IsError, result.Text);
        Assert.StartsWith("'lifecyclestage' has no option '", result.Text, StringComparison.Ordinal);
        Assert.Contains("Valid options: lead, customer.", result.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Invalid, Assert.Single(_harness.Audit.Entries).Outcome);
        Assert.DoesNotContain(_harness.HubSpot.Calls, call => call is "create" or "update" or "upsert");
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("lead")]
    [InlineData("")]
    public async Task A_dry_run_accepts_the_live_options_and_clearing(string value)
    {
        var id = _harness.HubSpot.Add("contacts", new() { ["email"] = "ada@example.com" });

        var result = await _harness.CallAsync(Records, "admin", $$$"""{"action": "update", "objectType": "contacts", "id": "{{{id}}}", "properties": {"lifecyclestage": "{{{value}}}", "firstname": "Ada"}, "dryRun": true}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal(AuditOutcome.DryRun, Assert.Single(_harness.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task Denied_write_never_reaches_hubspot_and_is_audited()
    {
        var id = _harness.HubSpot.Add("contacts", new() { ["firstname"] = "Ada" });

        var result = await _harness.CallAsync(Records, "support-bot", $$$"""{"action": "update", "objectType": "contacts", "id": "{{{id}}}", "properties": {"firstname": "Eve"}}""");

        Assert.True(result.IsError);
        Assert.Contains("read-only access to 'contacts'", result.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.HubSpot.Calls);
        var entry = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal(result.Text, entry.Error);
    }

    [Fact]
    public async Task Delete_needs_its_own_permission()
    {
        var id = _harness.HubSpot.Add("tickets", new() { ["subject"] = "Printer" });

        var denied = await _harness.CallAsync(Records, "support-bot", $$$"""{"action": "delete", "objectType": "tickets", "id": "{{{id}}}"}""");
        var allowed = await _harness.CallAsync(Records, "admin", $$$"""{"action": "delete", "objectType": "tickets", "id": "{{{id}}}"}""");

        Assert.Contains("not delete", denied.Text, StringComparison.Ordinal);
        Assert.False(allowed.IsError, allowed.Text);
        Assert.False(_harness.HubSpot.Exists("tickets", id));
    }

    [Fact]
    public async Task Create_and_upsert_return_the_records()
    {
        var created = await _harness.CallAsync(Records, "admin", """{"action": "create", "objectType": "deals", "properties": {"dealname": "Big", "amount": 5000}}""");
        var upserted = await _harness.CallAsync(Records, "admin", """{"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "a@x.com", "properties": {"firstname": "A"}}, {"id": "b@x.com", "properties": {"firstname": "B"}}]}""");

        Assert.Contains("\"amount\":\"5000\"", created.Text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(upserted.Text);
        Assert.Equal(2, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Contains("a@x.com", _harness.Audit.Entries[1].RecordIds);
    }

    [Fact]
    public async Task Upsert_over_the_batch_limit_says_to_split()
    {
        var records = string.Join(',', Enumerable.Range(0, HubSpotLimits.MaxBatchSize + 1).Select(index => $$$"""{"id": "{{{index}}}@x.com", "properties": {}}"""));

        var result = await _harness.CallAsync(Records, "admin", $$$"""{"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{{{records}}}]}""");

        Assert.True(result.IsError);
        Assert.Contains($"at most {HubSpotLimits.MaxBatchSize} per call", result.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Invalid, Assert.Single(_harness.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task Property_lists_are_enforced_per_property()
    {
        var result = await _harness.CallAsync(Records, "careful", """{"action": "create", "objectType": "contacts", "properties": {"firstname": "A", "email": "a@x.com"}}""");

        Assert.True(result.IsError);
        Assert.Contains("may not write these 'contacts' properties: email", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_suggests_get_with_archived()
    {
        var result = await _harness.CallAsync(Records, "analyst", """{"action": "get", "objectType": "contacts", "id": "999"}""");

        Assert.True(result.IsError);
        Assert.Contains("\"archived\": true", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_scopes_names_the_scope()
    {
        _harness.HubSpot.Failure = HubSpotModelFactory.HubSpotException(403, category: "MISSING_SCOPES", serviceMessage: "missing scopes", requiredScopes: ["crm.objects.deals.read"]);

        var result = await _harness.CallAsync(Records, "analyst", """{"action": "get", "objectType": "deals", "id": "1"}""");

        Assert.Contains("lacks the scope(s) crm.objects.deals.read", result.Text, StringComparison.Ordinal);
        Assert.Equal(403, Assert.Single(_harness.Audit.Entries).HubSpotStatus);
    }

    [Fact]
    public async Task Bad_arguments_name_the_field_and_the_options()
    {
        var badAction = await _harness.CallAsync(Records, "admin", """{"action": "merge", "objectType": "contacts"}""");
        var badType = await _harness.CallAsync(Records, "admin", """{"action": "get", "objectType": "contacts/../deals", "id": "1"}""");

        Assert.Contains("'action' is 'merge'; use one of get, create, update, upsert, delete", badAction.Text, StringComparison.Ordinal);
        Assert.Contains("names no object type Spoke knows", badType.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.HubSpot.Calls);
    }
}
