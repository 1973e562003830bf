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
    public async Task The_four_tools_run_as_AIFunctions_with_the_same_policy_and_audit()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        using var httpClient = new HttpClient(hub.CreateHandler());
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

        Assert.Equal(4, functions.Count);
        Assert.Equal("Printer on fire", JsonDocument.Parse((string)created!).RootElement.GetProperty("properties").GetProperty("subject").GetString());
        Assert.StartsWith("Error: Agent 'support-bot' may write 'tickets' records but not delete them.", (string)denied!, StringComparison.Ordinal);
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Denied], audit.Entries.Select(entry => entry.Outcome));
        Assert.Contains("hs_ticket_priority", records.JsonSchema.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_agent_missing_from_the_policy_is_refused_up_front()
    {
        using var client = new HubSpotClient("pat-unused");

        var exception = Assert.Throws<ArgumentException>(() => HubSpotAgentTools.CreateAIFunctions(client, new HubSpotAgentToolsOptions
        {
            Policy = PolicyFileReader.Parse(ToolHarness.DefaultPolicy),
            AgentName = "stranger",
            Audit = new MemoryAuditLog(),
        }));

        Assert.Contains("'stranger' is not in the policy", exception.Message, StringComparison.Ordinal);
    }
}
