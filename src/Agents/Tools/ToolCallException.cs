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

    /// <summary>An argument check of the runtime, reworded for the model: its message without .NET's parameter suffix, then what to do.</summary>
    public static ToolCallException Invalid(ArgumentException exception, string prefix, string advice) =>
        Invalid($"{prefix}{exception.Message.Split(" (Parameter", 2)[0]} {advice}".TrimEnd());
}
