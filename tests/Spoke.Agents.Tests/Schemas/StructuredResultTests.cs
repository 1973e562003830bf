using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Spoke.Agents.Tests.Mcp;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Schemas;

/// <summary>
/// Through the official C# MCP client over stdio against the emulator: every tool declares an <c>outputSchema</c>, every
/// JSON answer comes as <c>structuredContent</c> beside the same JSON as text, and each one validates against its tool's
/// output schema under ajv's strict mode.
/// </summary>
public sealed class StructuredResultTests
{
    private const string Records = "manage_hubspot_records";
    private const string Associations = "manage_hubspot_associations";

    [NodeFact]
    public async Task Every_answer_shape_comes_as_structured_content_that_matches_the_output_schema()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        using (var http = hub.CreateClient())
        {
            (await http.PostAsJsonAsync("crm/v4/associations/contacts/companies/labels", new { label = "Decision maker", name = "decision_maker" })).EnsureSuccessStatusCode();
        }

        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "admin");
        var results = new List<SchemaCase>();
        async Task<JsonElement> Call(string tool, string arguments, bool isError = false)
        {
            var result = await server.Client.CallToolAsync(tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!);
            Assert.True((result.IsError == true) == isError, $"{tool} {arguments}: {McpStdioTests.Text(result)}");
            var structured = Assert.NotNull(result.StructuredContent);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(McpStdioTests.Text(result)), JsonNode.Parse(structured.GetRawText())), "the text and the structured content differ");
            results.Add(new SchemaCase($"{tool} {arguments}", tool, JsonNode.Parse(structured.GetRawText())!));
            return structured;
        }

        await Call("get_hubspot_schema", """{"objectType": "contacts"}""");
        await Call("get_hubspot_schema", """{"objectType": "deals", "group": "dealinformation"}""");
        var deals = await Call("get_hubspot_schema", """{"objectType": "deals"}""");
        Assert.True(deals.GetProperty("pipelines").GetArrayLength() > 0);
        await Call("get_hubspot_schema", """{"objectType": "tickets"}""");

        var contact = (await Call(Records, """{"action": "create", "objectType": "contacts", "properties": {"email": "ada@example.com", "firstname": "Ada"}}""")).GetProperty("id").GetString();
        var company = (await Call(Records, """{"action": "create", "objectType": "companies", "properties": {"name": "Engines", "is_public": true}}""")).GetProperty("id").GetString();
        await Call(Records, $$$"""{"action": "get", "objectType": "contacts", "id": "{{{contact}}}", "propertiesToReturn": ["firstname"]}""");
        await Call(Records, $$$"""{"action": "update", "objectType": "contacts", "id": "{{{contact}}}", "properties": {"firstname": "Grace"}, "dryRun": true}""");
        await Call(Records, $$$"""{"action": "update", "objectType": "contacts", "id": "{{{contact}}}", "properties": {"firstname": "Grace"}}""");
        await Call(Records, """{"action": "create", "objectType": "contacts", "properties": {"email": "b@example.com"}, "dryRun": true}""");
        await Call(Records, """{"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "c@example.com", "properties": {"firstname": "C"}}], "dryRun": true}""");
        await Call(Records, """{"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "c@example.com", "properties": {"firstname": "C"}}]}""");
        var partial = await Call(
            Records,
            """{"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "d@example.com", "properties": {"firstname": "D"}}, {"id": "e@example.com", "properties": {"hs_buying_role": "NOT_A_ROLE"}}]}""",
            isError: true);
        Assert.Equal("partial", partial.GetProperty("outcome").GetString());
        await Call(Records, """{"action": "create", "objectType": "contacts", "properties": {"email": "f@example.com"}, "associations": [{"toObjectType": "companies", "toId": "987654321"}]}""", isError: true);
        await Call(Records, $$$"""{"action": "delete", "objectType": "companies", "id": "{{{company}}}", "dryRun": true}""");

        await Call("search_hubspot", """{"objectType": "contacts", "filterGroups": [{"filters": [{"propertyName": "email", "operator": "HAS_PROPERTY"}]}], "limit": 1}""");
        await Call("search_hubspot", """{"objectType": "contacts", "query": "nobody-matches-this"}""");

        await Call(Associations, """{"action": "labels", "fromObjectType": "contacts", "toObjectType": "companies"}""");
        await Call(Associations, $$$"""{"action": "create", "fromObjectType": "contacts", "fromId": "{{{contact}}}", "toObjectType": "companies", "toId": "{{{company}}}", "label": "Decision maker"}""");
        await Call(Associations, $$$"""{"action": "create", "fromObjectType": "contacts", "fromId": "{{{contact}}}", "toObjectType": "companies", "toId": "{{{company}}}"}""");
        await Call(Associations, $$$"""{"action": "list", "fromObjectType": "contacts", "fromId": "{{{contact}}}", "toObjectType": "companies", "limit": 1}""");
        await Call(Associations, $$$"""{"action": "remove", "fromObjectType": "contacts", "fromId": "{{{contact}}}", "toObjectType": "companies", "toId": "{{{company}}}", "label": "Decision maker", "dryRun": true}""");
        await Call(Associations, $$$"""{"action": "remove", "fromObjectType": "contacts", "fromId": "{{{contact}}}", "toObjectType": "companies", "toId": "{{{company}}}", "label": "Decision maker"}""");
        await Call(Associations, $$$"""{"action": "remove", "fromObjectType": "contacts", "fromId": "{{{contact}}}", "toObjectType": "companies", "toId": "{{{company}}}"}""");
        await Call(Records, $$$"""{"action": "delete", "objectType": "companies", "id": "{{{company}}}"}""");

        var tools = await server.Client.ListToolsAsync();
        Assert.All(tools, tool => Assert.Equal(JsonValueKind.Object, Assert.NotNull(tool.ProtocolTool.OutputSchema).ValueKind));
        var report = await StrictJsonSchema.ValidateAsync(JsonSerializer.SerializeToElement(tools.Select(tool => tool.ProtocolTool), McpJsonUtilities.DefaultOptions), results: results);
        Assert.All(report.Schemas, schema => Assert.True(schema.Value is null, $"{schema.Key}: {schema.Value}"));
        Assert.Equal(results.Count, report.Results.Count);
        Assert.Empty(report.Results.Where(verdict => verdict.Valid != true).Select(verdict => $"{verdict.Name}: {verdict.Errors}"));
    }

    [Fact]
    public async Task Error_messages_stay_text_without_structured_content()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "analyst");

        var denied = await server.Client.CallToolAsync(Records, new Dictionary<string, object?> { ["action"] = "delete", ["objectType"] = "deals", ["id"] = "1" });

        Assert.True(denied.IsError);
        Assert.Null(denied.StructuredContent);
        Assert.Contains("Agent 'analyst'", McpStdioTests.Text(denied), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_HubSpot_accepts_are_written_as_HubSpot_stores_them()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "admin");
        async Task<JsonElement> Write(string arguments)
        {
            var result = await server.Client.CallToolAsync(Records, JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!);
            Assert.True(result.IsError != true, $"{arguments}: {McpStdioTests.Text(result)}");
            return Assert.NotNull(result.StructuredContent);
        }

        var ticket = await Write("""{"action": "create", "objectType": "tickets", "properties": {"subject": "Printer", "hs_pipeline": "0", "hs_pipeline_stage": "1", "hs_ticket_priority": "HIGH", "hs_ticket_category": "PRODUCT_ISSUE;BILLING_ISSUE", "hs_is_escalated": true, "hs_due_date": 1764547200000}}""");
        var ticketId = ticket.GetProperty("id").GetString();
        Assert.Equal("PRODUCT_ISSUE;BILLING_ISSUE", ticket.GetProperty("properties").GetProperty("hs_ticket_category").GetString());
        Assert.Equal("true", ticket.GetProperty("properties").GetProperty("hs_is_escalated").GetString());
        Assert.Equal("2025-12-01", ticket.GetProperty("properties").GetProperty("hs_due_date").GetString());

        await Write($$$"""{"action": "update", "objectType": "tickets", "id": "{{{ticketId}}}", "properties": {"hs_ticket_category": ";FEATURE_REQUEST", "hs_ticket_priority": null, "hs_is_escalated": false, "hs_due_date": "2026-12-01"}}""");
        var updatedTicket = (await Write($$$"""{"action": "get", "objectType": "tickets", "id": "{{{ticketId}}}", "propertiesToReturn": ["hs_ticket_category", "hs_ticket_priority", "hs_is_escalated", "hs_due_date"]}""")).GetProperty("properties");
        Assert.Equal("PRODUCT_ISSUE;BILLING_ISSUE;FEATURE_REQUEST", updatedTicket.GetProperty("hs_ticket_category").GetString());
        Assert.Equal("false", updatedTicket.GetProperty("hs_is_escalated").GetString());
        Assert.Equal("2026-12-01", updatedTicket.GetProperty("hs_due_date").GetString());
        Assert.False(updatedTicket.TryGetProperty("hs_ticket_priority", out _), "null did not clear the priority");

        var deal = await Write("""{"action": "create", "objectType": "deals", "properties": {"dealname": "Big", "pipeline": "default", "dealstage": "appointmentscheduled", "amount": 1500.5, "closedate": 1764583200000}}""");
        Assert.Equal("1500.5", deal.GetProperty("properties").GetProperty("amount").GetString());
        Assert.StartsWith("2025-12-01T10:00:00", deal.GetProperty("properties").GetProperty("closedate").GetString(), StringComparison.Ordinal);
        var dealId = deal.GetProperty("id").GetString();
        await Write($$$"""{"action": "update", "objectType": "deals", "id": "{{{dealId}}}", "properties": {"amount": "2000", "closedate": "2026-12-01T10:00:00.000Z", "dealname": ""}}""");
        var updatedDeal = (await Write($$$"""{"action": "get", "objectType": "deals", "id": "{{{dealId}}}", "propertiesToReturn": ["amount", "closedate", "dealname"]}""")).GetProperty("properties");
        Assert.Equal("2000", updatedDeal.GetProperty("amount").GetString());
        Assert.StartsWith("2026-12-01T10:00:00", updatedDeal.GetProperty("closedate").GetString(), StringComparison.Ordinal);
        Assert.False(updatedDeal.TryGetProperty("dealname", out _), "\"\" did not clear the deal name");
    }

    [Fact]
    public async Task An_invalid_option_is_a_tool_error_naming_the_valid_options()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "admin");

        var refused = await server.Client.CallToolAsync(Records, JsonSerializer.Deserialize<Dictionary<string, object?>>(
            """{"action": "create", "objectType": "contacts", "properties": {"email": "ada@example.com", "hs_buying_role": "CHAMPION;KING"}}""")!);

        Assert.True(refused.IsError);
        var text = McpStdioTests.Text(refused);
        Assert.Contains("hs_buying_role", text, StringComparison.Ordinal);
        Assert.Contains("KING", text, StringComparison.Ordinal);
        Assert.Contains("DECISION_MAKER", text, StringComparison.Ordinal);
        Assert.Contains("get_hubspot_schema", text, StringComparison.Ordinal);

        var dryRun = await server.Client.CallToolAsync(Records, JsonSerializer.Deserialize<Dictionary<string, object?>>(
            """{"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "ada@example.com", "properties": {"hs_buying_role": ";KING"}}], "dryRun": true}""")!);

        Assert.True(dryRun.IsError);
        Assert.StartsWith("'hs_buying_role' has no option 'KING'", McpStdioTests.Text(dryRun), StringComparison.Ordinal);
        Assert.Contains("DECISION_MAKER", McpStdioTests.Text(dryRun), StringComparison.Ordinal);
    }
}
