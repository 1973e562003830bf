using System.Text.Json;
using Microsoft.Extensions.AI;
using Spoke.Agents.AI;
using Spoke.Agents.Audit;
using Spoke.Agents.Policy;
using Spoke.Agents.Tests.Fakes;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.AI;

public sealed class HubSpotAgentToolsTests
{
    [Fact]
    public async Task The_tools_run_as_AIFunctions_with_the_same_policy_and_audit()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        using var httpClient = new HttpClient();
        using var client = new HubSpotClient(httpClient, new HubSpotClientOptions { AccessToken = hub.AccessToken, BaseAddress = hub.BaseAddress });
        var audit = new MemoryAuditLog();
        var functions = HubSpotAgentTools.CreateAIFunctions(client, new HubSpotAgentToolsOptions
        {
            Policy = PolicyFileReader.Parse(ToolHarness.DefaultPolicy),
            AgentName = "support-bot",
            Audit = audit,
            SchemaDirectory = ToolHarness.SnapshotDirectory,
        });
        var records = functions.Single(function => function.Name == "manage_hubspot_records");

        var created = await records.InvokeAsync(new AIFunctionArguments
        {
            ["action"] = "create",
            ["objectType"] = "tickets",
            ["properties"] = new Dictionary<string, object?> { ["subject"] = "Printer on fire", ["hs_pipeline_stage"] = "1" },
        });
        var denied = await records.InvokeAsync(new AIFunctionArguments { ["action"] = "delete", ["objectType"] = "tickets", ["id"] = "1" });

        Assert.Equal(6, functions.Count);
        Assert.Equal("Printer on fire", JsonDocument.Parse((string)created!).RootElement.GetProperty("properties").GetProperty("subject").GetString());
        Assert.StartsWith("Error: Agent 'support-bot' may write 'tickets' records but not delete them.", (string)denied!, StringComparison.Ordinal);
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Denied], audit.Entries.Select(entry => entry.Outcome));
        Assert.Contains("\"allOf\"", records.JsonSchema.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_is_not_valid_Unicode_is_an_audited_tool_error_however_it_arrives()
    {
        // Nothing listens here: the call must be refused before HubSpot.
        using var client = new HubSpotClient(new HubSpotClientOptions { AccessToken = "pat-unused", BaseAddress = new Uri("http://127.0.0.1:9/") });
        var audit = new MemoryAuditLog();
        var search = HubSpotAgentTools.CreateAIFunctions(client, new HubSpotAgentToolsOptions
        {
            Policy = PolicyFileReader.Parse(ToolHarness.DefaultPolicy),
            AgentName = "analyst",
            Audit = audit,
        }).Single(function => function.Name == "search_hubspot");

        object[] queries = ["half a pair \ud800", JsonDocument.Parse("\"half a pair \\ud800\"").RootElement, new[] { "ok", "\udc00" }, new Dictionary<string, object?> { ["nested"] = "\ud800" }];

        foreach (var query in queries)
        {
            var answer = (string)(await search.InvokeAsync(new AIFunctionArguments { ["objectType"] = "contacts", ["query"] = query }))!;

            Assert.StartsWith("Error: ", answer, StringComparison.Ordinal);
            Assert.Contains("not valid Unicode", answer, StringComparison.Ordinal);
        }

        Assert.Equal(queries.Length, audit.Entries.Count);
        Assert.All(audit.Entries, entry => Assert.Equal(AuditOutcome.Invalid, entry.Outcome));
    }

    [Fact]
    public void An_agent_missing_from_the_policy_is_refused_up_front()
    {
        using var client = new HubSpotClient("pat-unused", HubSpotApiTier.FreeOrStarter);

        var exception = Assert.Throws<ArgumentException>(() => HubSpotAgentTools.CreateAIFunctions(client, new HubSpotAgentToolsOptions
        {
            Policy = PolicyFileReader.Parse(ToolHarness.DefaultPolicy),
            AgentName = "stranger",
            Audit = new MemoryAuditLog(),
        }));

        Assert.Contains("'stranger' is not in the policy", exception.Message, StringComparison.Ordinal);
    }
}
