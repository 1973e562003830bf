using Spoke.Agents.Audit;
using Spoke.Agents.Catalog;
using Spoke.Agents.Policy;

namespace Spoke.Agents.Tools;

/// <summary>Builds the four tools over a <see cref="HubSpotClient"/>, the same way for the MCP server and for AIFunctions.</summary>
internal static class ToolSetFactory
{
    public static HubSpotToolSet Create(HubSpotClient client, AccessPolicy policy, IAuditLog audit, SnapshotCatalog catalog, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        return new HubSpotToolSet(new ToolServices(policy, client, catalog, new LiveSchemaCache(client, time), new AccountDetailsCache(client, time), audit, time));
    }
}
