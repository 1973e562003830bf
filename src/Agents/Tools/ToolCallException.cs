using Spoke.Agents.Audit;

namespace Spoke.Agents.Tools;

/// <summary>A tool call stopped before or instead of calling HubSpot: invalid arguments or a policy denial.</summary>
internal sealed class ToolCallException : Exception
{
    public ToolCallException(AuditOutcome outcome, string message)
        : base(message)
    {
        Outcome = outcome;
    }

    public AuditOutcome Outcome { get; }

    public static ToolCallException Invalid(string message) => new(AuditOutcome.Invalid, message);
}
