using Microsoft.Extensions.AI;
using Spoke.Agents.AI;
using Spoke.Agents.Audit;
using Spoke.Agents.Confirmation;
using Spoke.Agents.Policy;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Confirmation;

/// <summary>In process, a write the policy marks for confirmation goes through the application's callback, and without one is refused.</summary>
public sealed class AIFunctionConfirmationTests
{
    private const string Policy = """{"agents": {"ops": {"contacts": {"access": "write", "delete": true, "confirm": ["write"]}}}}""";

    private readonly FakeHubSpotClient _hubSpot = new();
    private readonly MemoryAuditLog _audit = new();

    [Theory]
    [InlineData(ConfirmationAnswer.Declined, "The user declined")]
    [InlineData(ConfirmationAnswer.Cancelled, "dismissed the confirmation")]
    [InlineData(ConfirmationAnswer.Unavailable, "could not ask a person")]
    public async Task A_write_the_callback_does_not_accept_is_not_written(ConfirmationAnswer answer, string expected)
    {
        var id = _hubSpot.Add("contacts", new() { ["firstname"] = "Ada" });
        var asked = new List<WriteConfirmationRequest>();
        var records = Records((request, _) =>
        {
            asked.Add(request);
            return ValueTask.FromResult(answer);
        });

        var result = (string)(await records.InvokeAsync(Update(id, "Grace")))!;

        Assert.StartsWith("Error: ", result, StringComparison.Ordinal);
        Assert.Contains(expected, result, StringComparison.Ordinal);
        Assert.DoesNotContain("update", _hubSpot.Calls);
        var request = Assert.Single(asked);
        Assert.Equal(("ops", "manage_hubspot_records", "update", "contacts"), (request.Agent, request.Tool, request.Action, request.ObjectType));
        Assert.Equal([new PropertyChange(id, "firstname", "Ada", "Grace")], request.Changes);
        Assert.Equal(["every write to contacts"], request.Reasons);
        Assert.Contains($"update the contacts record '{id}':\n- 'firstname': 'Ada' → 'Grace'", request.Message, StringComparison.Ordinal);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal((AuditOutcome.Denied, answer), (entry.Outcome, entry.Confirmation));
    }

    [Fact]
    public async Task An_accepted_write_is_written_and_audited_as_accepted()
    {
        var id = _hubSpot.Add("contacts", new() { ["firstname"] = "Ada" });
        var records = Records((_, _) => ValueTask.FromResult(ConfirmationAnswer.Accepted));

        var result = (string)(await records.InvokeAsync(Update(id, "Grace")))!;

        Assert.DoesNotContain("Error", result, StringComparison.Ordinal);
        Assert.Contains("update", _hubSpot.Calls);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal((AuditOutcome.Succeeded, ConfirmationAnswer.Accepted), (entry.Outcome, entry.Confirmation));
    }

    [Fact]
    public async Task Without_a_callback_a_write_that_needs_confirmation_is_refused_and_a_dry_run_is_not()
    {
        var id = _hubSpot.Add("contacts", new() { ["firstname"] = "Ada" });
        var records = Records(confirm: null);

        var refused = (string)(await records.InvokeAsync(new AIFunctionArguments { ["action"] = "delete", ["objectType"] = "contacts", ["id"] = id }))!;
        var preview = (string)(await records.InvokeAsync(new AIFunctionArguments { ["action"] = "delete", ["objectType"] = "contacts", ["id"] = id, ["dryRun"] = true }))!;

        Assert.Contains("no confirmation callback (HubSpotAgentToolsOptions.ConfirmWrite)", refused, StringComparison.Ordinal);
        Assert.Contains("nothing was written", refused, StringComparison.Ordinal);
        Assert.Contains("\"dryRun\":true", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("archive", _hubSpot.Calls);
        Assert.Equal([ConfirmationAnswer.Unavailable, null], _audit.Entries.Select(entry => entry.Confirmation));
    }

    private AIFunction Records(Func<WriteConfirmationRequest, CancellationToken, ValueTask<ConfirmationAnswer>>? confirm) =>
        HubSpotAgentTools.CreateAIFunctions(_hubSpot, new HubSpotAgentToolsOptions
        {
            Policy = PolicyFileReader.Parse(Policy),
            AgentName = "ops",
            Audit = _audit,
            ConfirmWrite = confirm,
        }).Single(function => function.Name == "manage_hubspot_records");

    private static AIFunctionArguments Update(string id, string firstname) => new()
    {
        ["action"] = "update",
        ["objectType"] = "contacts",
        ["id"] = id,
        ["properties"] = new Dictionary<string, object?> { ["firstname"] = firstname },
    };
}
