using System.Text.Json;
using Spoke.Agents.Confirmation;
using Spoke.Agents.Tools.Results;

namespace Spoke.Agents.Tools;

/// <summary>The HubSpot tools over one set of services, and the runner that checks, calls and audits them.</summary>
internal sealed class HubSpotToolSet
{
    private readonly ToolRunner _runner;

    public HubSpotToolSet(ToolServices services)
    {
        _runner = new ToolRunner(services);
        Tools =
        [
            new SearchHubSpotTool(services), new ManageRecordsTool(services), new ManageAssociationsTool(services), new GetSchemaTool(services),
            new SearchOwnersTool(services), new GetAccessTool(services),
        ];
    }

    public IReadOnlyList<HubSpotTool> Tools { get; }

    public Task<ToolResult> RunAsync(HubSpotTool tool, string agent, JsonElement arguments, CancellationToken cancellationToken = default) =>
        _runner.RunAsync(tool, agent, () => arguments, confirmations: null, cancellationToken);

    /// <summary>Runs a call whose arguments are turned into JSON inside the call, so that a failure to do so is audited too.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="agent">The calling agent.</param>
    /// <param name="readArguments">Turns the caller's arguments into JSON.</param>
    /// <param name="confirmations">Who confirms a write the policy marks for confirmation; <see langword="null"/> when nobody can be asked.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ToolResult> RunAsync(HubSpotTool tool, string agent, Func<JsonElement> readArguments, IConfirmationChannel? confirmations, CancellationToken cancellationToken = default) =>
        _runner.RunAsync(tool, agent, readArguments, confirmations, cancellationToken);
}
