using Spoke.Agents.Audit;
using Spoke.Agents.Confirmation;
using Spoke.Agents.Policy;

namespace Spoke.Agents.AI;

/// <summary>Who the agent is, what it may do, and where its calls are recorded.</summary>
public sealed class HubSpotAgentToolsOptions
{
    /// <summary>The access policy; read one with <see cref="PolicyFileReader"/>.</summary>
    public required AccessPolicy Policy { get; init; }

    /// <summary>The agent the functions act for; must be named in <see cref="Policy"/>.</summary>
    public required string AgentName { get; init; }

    /// <summary>Where every call is recorded, e.g. a <see cref="JsonLinesAuditLog"/>.</summary>
    public required IAuditLog Audit { get; init; }

    /// <summary>
    /// Asks a person to confirm a write the policy marks for confirmation (<c>"confirm"</c>, <c>"confirmBatchesOver"</c>), e.g.
    /// by showing <see cref="WriteConfirmationRequest.Message"/> in your UI. The write goes ahead only on
    /// <see cref="ConfirmationAnswer.Accepted"/>. Without a callback every such write is refused (audited as
    /// <c>unavailable</c>): a function call made by a model is never taken as a person's consent.
    /// </summary>
    public Func<WriteConfirmationRequest, CancellationToken, ValueTask<ConfirmationAnswer>>? ConfirmWrite { get; init; }

    /// <summary>A schema snapshot folder whose property names and options go into the function schemas; optional.</summary>
    public string? SchemaDirectory { get; init; }
}
