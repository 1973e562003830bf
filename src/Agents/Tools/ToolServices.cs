using Spoke.Agents.Audit;
using Spoke.Agents.Backend;
using Spoke.Agents.Catalog;
using Spoke.Agents.Policy;

namespace Spoke.Agents.Tools;

/// <summary>What every tool call shares: the policy, HubSpot, the snapshot catalogue, the live schema cache and the audit log.</summary>
internal sealed record ToolServices(
    AccessPolicy Policy,
    ICrmBackend Backend,
    SnapshotCatalog Catalog,
    LiveSchemaCache Schemas,
    IAuditLog Audit,
    TimeProvider Time);
