using Spoke.Agents.Audit;

namespace Spoke.Agents.Confirmation;

/// <summary>A write waiting for a person's confirmation, as the policy requires: what it does and why it must be confirmed.</summary>
public sealed class WriteConfirmationRequest
{
    internal WriteConfirmationRequest(string agent, string tool, string action, string? objectType, IReadOnlyList<string> recordIds, IReadOnlyList<PropertyChange> changes, IReadOnlyList<string> reasons, string message)
    {
        Agent = agent;
        Tool = tool;
        Action = action;
        ObjectType = objectType;
        RecordIds = recordIds;
        Changes = changes;
        Reasons = reasons;
        Message = message;
    }

    /// <summary>The agent asking to write.</summary>
    public string Agent { get; }

    /// <summary>The tool, e.g. <c>manage_hubspot_records</c>.</summary>
    public string Tool { get; }

    /// <summary>The action: <c>create</c>, <c>update</c>, <c>upsert</c>, <c>delete</c>, or for associations <c>create</c> or <c>remove</c>.</summary>
    public string Action { get; }

    /// <summary>The object type written (the from object type of an association).</summary>
    public string? ObjectType { get; }

    /// <summary>The records the write touches.</summary>
    public IReadOnlyList<string> RecordIds { get; }

    /// <summary>The property values it writes, with current values for an update.</summary>
    public IReadOnlyList<PropertyChange> Changes { get; }

    /// <summary>The policy rules that require confirmation, e.g. <c>deletes of deals</c>.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The question to show the person: exactly what will be written or deleted, and why they are asked.</summary>
    public string Message { get; }
}
