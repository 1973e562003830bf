using Spoke.Agents.Audit;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools.Arguments;

namespace Spoke.Agents.Tools;

/// <summary>One tool call in progress: its arguments, the calling agent, and what the audit entry will say.</summary>
internal sealed class ToolCall
{
    public ToolCall(string agent, ToolArguments arguments, ToolServices services)
    {
        Agent = agent;
        Arguments = arguments;
        Services = services;
    }

    public string Agent { get; }

    public ToolArguments Arguments { get; }

    public ToolServices Services { get; }

    public string Action { get; set; } = "unknown";

    public string? ObjectType { get; set; }

    public bool IsDryRun { get; set; }

    public List<string> RecordIds { get; } = [];

    public List<PropertyChange> Changes { get; } = [];

    /// <summary>Checks the policy before any HubSpot call; a denial ends the call with a tool error.</summary>
    public void Authorize(CrmObjectType objectType, RecordOperation operation, IReadOnlyCollection<string>? writtenProperties = null)
    {
        var decision = Services.Policy.Evaluate(Agent, objectType, operation, writtenProperties ?? []);
        if (!decision.IsAllowed)
        {
            throw new ToolCallException(AuditOutcome.Denied, decision.Reason);
        }
    }
}
