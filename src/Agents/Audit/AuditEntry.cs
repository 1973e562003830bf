using Spoke.Agents.Confirmation;

namespace Spoke.Agents.Audit;

/// <summary>One audited tool call. Carries no token and no request headers.</summary>
public sealed record AuditEntry
{
    /// <summary>When the call started.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The calling agent.</summary>
    public required string Agent { get; init; }

    /// <summary>The tool name, e.g. <c>manage_hubspot_records</c>.</summary>
    public required string Tool { get; init; }

    /// <summary>The action within the tool (<c>search</c>, <c>update</c>, <c>list</c> ...).</summary>
    public required string Action { get; init; }

    /// <summary>The object type, or the from object type for associations.</summary>
    public string? ObjectType { get; init; }

    /// <summary>The records the call touched or returned.</summary>
    public IReadOnlyList<string> RecordIds { get; init; } = [];

    /// <summary>The properties written, with old values for updates.</summary>
    public IReadOnlyList<PropertyChange> Changes { get; init; } = [];

    /// <summary>The records HubSpot refused, with its reasons, when it refused some or all of a call's records.</summary>
    public IReadOnlyList<RecordFailure> RecordFailures { get; init; } = [];

    /// <summary>How the call ended.</summary>
    public required AuditOutcome Outcome { get; init; }

    /// <summary>
    /// When the policy required a person to confirm the call's writes: their answer, or <see cref="ConfirmationAnswer.Unavailable"/>
    /// when nobody could be asked; <see langword="null"/> when no confirmation was needed.
    /// </summary>
    public ConfirmationAnswer? Confirmation { get; init; }

    /// <summary>The HTTP status HubSpot answered with, when it was called.</summary>
    public int? HubSpotStatus { get; init; }

    /// <summary>HubSpot's correlation id, to quote to HubSpot support.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The error or denial shown to the agent.</summary>
    public string? Error { get; init; }

    /// <summary>How long the call took.</summary>
    public required TimeSpan Duration { get; init; }
}
