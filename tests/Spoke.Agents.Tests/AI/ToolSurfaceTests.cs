using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Spoke.Agents.AI;
using Spoke.Agents.Audit;
using Spoke.Agents.Policy;
using Spoke.Agents.Tests.Fakes;
using Spoke.Agents.Tests.Mcp;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.AI;

/// <summary>
/// The two agent surfaces run the same tool code over <see cref="HubSpotClient"/>: the same calls through
/// Microsoft.Extensions.AI functions (in process) and through <c>spoke mcp</c> (the CLI, over stdio) against one emulator
/// get the same answers and the same audit lines, HubSpot's status and correlation id included.
/// </summary>
public sealed partial class ToolSurfaceTests
{
    [Fact]
    public async Task AIFunctions_and_spoke_mcp_answer_alike_and_audit_alike()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        using var client = new HubSpotClient(new HubSpotClientOptions { AccessToken = hub.AccessToken, BaseAddress = hub.BaseAddress });
        var contact = await client.CreateAsync(CrmObjectType.Contacts, new CrmObjectInput([new("email", "ada@example.com"), new("firstname", "Ada")]));
        var audit = new MemoryAuditLog();
        var functions = HubSpotAgentTools.CreateAIFunctions(client, new HubSpotAgentToolsOptions
        {
            Policy = PolicyFileReader.Parse(ToolHarness.DefaultPolicy, ObjectTypeResolver.FromSnapshots(ToolHarness.SnapshotDirectory)),
            AgentName = "admin",
            Audit = audit,
            SchemaDirectory = ToolHarness.SnapshotDirectory,
        });
        await using var server = await SpokeMcpProcess.StartAsync(hub.BaseAddress, hub.AccessToken, "admin");
        (string Tool, string Arguments)[] calls =
        [
            ("manage_hubspot_records", $$$"""{"action": "get", "objectType": "contact", "id": "{{{contact.Id}}}", "propertiesToReturn": ["firstname", "email"]}"""),
            ("search_hubspot", """{"objectType": "contacts", "filterGroups": [{"filters": [{"propertyName": "email", "operator": "EQ", "value": "ada@example.com"}]}], "properties": ["firstname"]}"""),
            ("manage_hubspot_records", $$$"""{"action": "update", "objectType": "contacts", "id": "{{{contact.Id}}}", "properties": {"firstname": "Grace"}, "dryRun": true}"""),
            ("manage_hubspot_records", """{"action": "get", "objectType": "contacts", "id": "987654321"}"""),
            ("search_hubspot", """{"objectType": "contacts", "filterGroups": [{"filters": [{"propertyName": "email", "operator": "LIKE", "value": "x"}]}]}"""),
            ("get_hubspot_schema", """{"objectType": "contacts", "group": "contactinformation"}"""),
            ("manage_hubspot_associations", """{"action": "labels", "fromObjectType": "contacts", "toObjectType": "companies"}"""),
            ("manage_hubspot_records", """{"action": "delete", "objectType": "deals", "id": "1", "dryRun": true}"""),
        ];

        foreach (var (tool, arguments) in calls)
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!;
            var viaFunction = (string)(await functions.Single(function => function.Name == tool).InvokeAsync(new AIFunctionArguments(values)))!;
            var viaMcp = await server.Client.CallToolAsync(tool, values);

            Assert.Equal(WithoutCorrelationId(viaFunction), WithoutCorrelationId((viaMcp.IsError == true ? "Error: " : string.Empty) + McpStdioTests.Text(viaMcp)));
        }

        var mcpLines = await server.ReadAuditLinesAsync();
        Assert.Equal(calls.Length, mcpLines.Length);
        Assert.Equal(calls.Length, audit.Entries.Count);
        for (var i = 0; i < calls.Length; i++)
        {
            using var viaFunction = JsonDocument.Parse(AuditEntryWriter.ToJsonLine(audit.Entries[i]));
            using var viaMcp = JsonDocument.Parse(mcpLines[i]);
            foreach (var field in new[] { "agent", "tool", "action", "objectType", "outcome", "hubspotStatus", "recordIds", "error" })
            {
                Assert.Equal(Field(viaFunction, field), Field(viaMcp, field));
            }

            Assert.Equal(viaFunction.RootElement.TryGetProperty("hubspotStatus", out _), viaFunction.RootElement.TryGetProperty("correlationId", out _));
            Assert.Equal(viaFunction.RootElement.TryGetProperty("correlationId", out _), viaMcp.RootElement.TryGetProperty("correlationId", out _));
        }

        Assert.Equal(200, audit.Entries[0].HubSpotStatus);
        Assert.Equal(404, audit.Entries[3].HubSpotStatus);
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Succeeded, AuditOutcome.DryRun, AuditOutcome.Failed, AuditOutcome.Invalid, AuditOutcome.Succeeded, AuditOutcome.Succeeded, AuditOutcome.Failed], audit.Entries.Select(entry => entry.Outcome));
    }

    private static string Field(JsonDocument line, string name) =>
        line.RootElement.TryGetProperty(name, out var value) ? WithoutCorrelationId(value.GetRawText()) : "(none)";

    private static string WithoutCorrelationId(string text) => CorrelationId().Replace(text, "(HubSpot correlation id …)");

    [GeneratedRegex(@"\(HubSpot correlation id [^)]+\)")]
    private static partial Regex CorrelationId();
}
