namespace Spoke.Agents.Confirmation;

/// <summary>What came of asking a person to confirm a write the policy marks for confirmation.</summary>
public enum ConfirmationAnswer
{
    /// <summary>The person accepted: the write goes ahead.</summary>
    Accepted,

    /// <summary>The person declined: nothing is written.</summary>
    Declined,

    /// <summary>The person dismissed the question without answering: nothing is written.</summary>
    Cancelled,

    /// <summary>Nobody could be asked (the MCP client cannot elicit, or no confirmation callback is set): nothing is written.</summary>
    Unavailable,
}
