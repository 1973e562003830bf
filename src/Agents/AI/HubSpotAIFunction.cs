using System.Text.Json;
using Microsoft.Extensions.AI;
using Spoke.Agents.Tools;

namespace Spoke.Agents.AI;

/// <summary>One HubSpot tool as a Microsoft.Extensions.AI function, sharing the policy and audit log of the MCP server.</summary>
internal sealed class HubSpotAIFunction : AIFunction
{
    private readonly HubSpotTool _tool;
    private readonly HubSpotToolSet _toolSet;
    private readonly string _agent;

    public HubSpotAIFunction(HubSpotTool tool, HubSpotToolSet toolSet, string agent)
    {
        _tool = tool;
        _toolSet = toolSet;
        _agent = agent;
    }

    public override string Name => _tool.Name;

    public override string Description => _tool.Description;

    public override JsonElement JsonSchema => _tool.InputSchema;

    /// <summary>Returns the compact JSON result, or the error text prefixed with "Error: " so the model sees what to do next.</summary>
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToElement<IDictionary<string, object?>>(arguments, AIJsonUtilities.DefaultOptions);
        var result = await _toolSet.RunAsync(_tool, _agent, json, cancellationToken).ConfigureAwait(false);
        return result.IsError ? "Error: " + result.Text : result.Text;
    }
}
