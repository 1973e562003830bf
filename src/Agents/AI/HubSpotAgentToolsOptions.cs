using Spoke.Agents.Audit;
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

    /// <summary>A schema snapshot folder whose property names and options go into the function schemas; optional.</summary>
    public string? SchemaDirectory { get; init; }
}
