using Spoke.Agents.Audit;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Policy;

/// <summary>
/// Every action of <c>manage_hubspot_associations</c>, label reads and single-label removal included, checked against the
/// policy before HubSpot is called, and audited once whatever the decision.
/// </summary>
public sealed class AssociationPolicyMatrixTests
{
    private const string Tool = "manage_hubspot_associations";

    [Theory]
    [InlineData("analyst", """{"action": "labels", "fromObjectType": "contacts", "toObjectType": "companies"}""", true)]
    [InlineData("analyst", """{"action": "list", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "limit": 5}""", true)]
    [InlineData("analyst", """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "Decision maker"}""", false)]
    [InlineData("analyst", """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "Decision maker"}""", false)]
    [InlineData("support-bot", """{"action": "labels", "fromObjectType": "tickets", "toObjectType": "contacts"}""", true)]
    [InlineData("support-bot", """{"action": "labels", "fromObjectType": "tickets", "toObjectType": "deals"}""", false)]
    [InlineData("support-bot", """{"action": "remove", "fromObjectType": "tickets", "fromId": "1", "toObjectType": "contacts", "toId": "2", "associationTypeId": 16}""", false)]
    [InlineData("admin", """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "Decision maker"}""", true)]
    [InlineData("admin", """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "associationTypeId": 31}""", true)]
    [InlineData("stranger", """{"action": "labels", "fromObjectType": "contacts", "toObjectType": "companies"}""", false)]
    public async Task Each_action_is_allowed_or_denied_before_HubSpot_and_audited_once(string agent, string arguments, bool allowed)
    {
        var harness = new ToolHarness();

        var result = await harness.CallAsync(Tool, agent, arguments);

        Assert.Equal(!allowed, result.IsError);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal((agent, Tool), (entry.Agent, entry.Tool));
        Assert.Contains($"\"{entry.Action}\"", arguments, StringComparison.Ordinal);
        Assert.Equal(allowed ? AuditOutcome.Succeeded : AuditOutcome.Denied, entry.Outcome);
        if (!allowed)
        {
            Assert.Empty(harness.HubSpot.Calls);
            Assert.Equal(result.Text, entry.Error);
        }
    }
}
