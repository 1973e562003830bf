using System.Text.Json;
using Spoke.Agents.Catalog;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools;
using Spoke.Agents.Tools.Results;
using Spoke.Testing;

namespace Spoke.Agents.Tests.Fakes;

/// <summary>The four tools over a <see cref="FakeHubSpotClient"/>, the repository's snapshots and an in-memory audit log.</summary>
internal sealed class ToolHarness
{
    public const string DefaultPolicy = """
        {"agents": {
          "support-bot": {"tickets": "write", "contacts": "read"},
          "analyst": {"*": "read"},
          "admin": {"*": {"access": "write", "delete": true}},
          "careful": {"contacts": {"access": "write", "allowProperties": ["firstname", "lastname"], "denyProperties": ["lastname"]}}
        }}
        """;

    public ToolHarness(string policy = DefaultPolicy)
    {
        var catalog = SharedCatalog.Value;
        ToolSet = ToolSetFactory.Create(HubSpot, PolicyFileReader.Parse(policy, catalog.ObjectTypeResolver), Audit, catalog);
    }

    /// <summary>HubSpot, faked in memory by a <see cref="HubSpotClient"/> subclass.</summary>
    public FakeHubSpotClient HubSpot { get; } = new();

    public MemoryAuditLog Audit { get; } = new();

    public HubSpotToolSet ToolSet { get; }

    public HubSpotTool Tool(string name) => ToolSet.Tools.Single(tool => tool.Name == name);

    public Task<ToolResult> CallAsync(string tool, string agent, string argumentsJson)
    {
        using var document = JsonDocument.Parse(argumentsJson);
        return ToolSet.RunAsync(Tool(tool), agent, document.RootElement.Clone());
    }

    public static string SnapshotDirectory => RepositoryRoot.SchemaSnapshots;

    private static readonly Lazy<SnapshotCatalog> SharedCatalog = new(() => SnapshotCatalog.Load(SnapshotDirectory));
}
