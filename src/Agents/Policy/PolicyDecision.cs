namespace Spoke.Agents.Policy;

/// <summary>The answer to "may this agent do this": allowed, or denied with a reason the model can read.</summary>
/// <param name="IsAllowed">Whether the call may go ahead.</param>
/// <param name="Reason">Why it was denied; empty when allowed.</param>
internal readonly record struct PolicyDecision(bool IsAllowed, string Reason)
{
    /// <summary>The call may go ahead.</summary>
    public static PolicyDecision Allow { get; } = new(true, string.Empty);

    /// <summary>The call is denied.</summary>
    /// <param name="reason">What was denied and what the agent may do instead.</param>
    /// <returns>The denial.</returns>
    public static PolicyDecision Deny(string reason) => new(false, reason);
}
