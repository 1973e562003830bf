using Microsoft.Extensions.AI;
using Spoke.Agents.Catalog;
using Spoke.Agents.Confirmation;
using Spoke.Agents.Tools;

namespace Spoke.Agents.AI;

/// <summary>
/// The four HubSpot tools (<c>search_hubspot</c>, <c>manage_hubspot_records</c>, <c>manage_hubspot_associations</c>,
/// <c>get_hubspot_schema</c>) as Microsoft.Extensions.AI functions, for apps that run their own agent loop. They share the
/// policy, the audit log, the schemas and the error messages of <c>spoke mcp</c>.
/// </summary>
public static class HubSpotAgentTools
{
    /// <summary>Creates the four functions for one agent.</summary>
    /// <param name="client">The HubSpot client the functions call.</param>
    /// <param name="options">The agent, its policy and the audit log.</param>
    /// <returns>The functions, ready for <c>ChatOptions.Tools</c>.</returns>
    /// <exception cref="ArgumentException">The agent is not named in the policy.</exception>
    public static IReadOnlyList<AIFunction> CreateAIFunctions(HubSpotClient client, HubSpotAgentToolsOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Policy.Agents.Any(agent => agent.Name == options.AgentName))
        {
            throw new ArgumentException($"Agent '{options.AgentName}' is not in the policy, so every call would be denied.", nameof(options));
        }

        var catalog = options.SchemaDirectory is null ? SnapshotCatalog.Empty : SnapshotCatalog.Load(options.SchemaDirectory);
        var toolSet = ToolSetFactory.Create(client, options.Policy, options.Audit, catalog);
        var confirmations = new CallbackConfirmationChannel(options.ConfirmWrite);
        return [.. toolSet.Tools.Select(tool => new HubSpotAIFunction(tool, toolSet, options.AgentName, confirmations))];
    }
}
