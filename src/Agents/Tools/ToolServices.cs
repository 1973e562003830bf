using Spoke.Agents.Audit;
using Spoke.Agents.Catalog;
using Spoke.Agents.Policy;

namespace Spoke.Agents.Tools;

/// <summary>
/// What every tool call shares: the policy, the HubSpot client, the snapshot catalogue, the live schema cache, the account's
/// details (for record links) and the audit log.
/// </summary>
internal sealed record ToolServices(
    AccessPolicy Policy,
    HubSpotClient HubSpot,
    SnapshotCatalog Catalog,
    LiveSchemaCache Schemas,
    AccountDetailsCache Account,
    IAuditLog Audit,
    TimeProvider Time);
