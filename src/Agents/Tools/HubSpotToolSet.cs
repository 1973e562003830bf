using System.Text.Json;
using Spoke.Agents.Tools.Results;

namespace Spoke.Agents.Tools;

/// <summary>The four tools over one set of services, and the runner that checks, calls and audits them.</summary>
internal sealed class HubSpotToolSet
{
    private readonly ToolRunner _runner;

    public HubSpotToolSet(ToolServices services)
    {
        _runner = new ToolRunner(services);
        Tools = [new SearchHubSpotTool(services), new ManageRecordsTool(services), new ManageAssociationsTool(services), new GetSchemaTool(services)];
    }

    public IReadOnlyList<HubSpotTool> Tools { get; }

    public Task<ToolResult> RunAsync(HubSpotTool tool, string agent, JsonElement arguments, CancellationToken cancellationToken = default) =>
        _runner.RunAsync(tool, agent, arguments, cancellationToken);
}
