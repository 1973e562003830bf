namespace Spoke.Agents.Audit;

/// <summary>How a tool call, or an MCP request turned away before any tool ran, ended.</summary>
public enum AuditOutcome
{
    /// <summary>The call ran and HubSpot answered with success.</summary>
    Succeeded,

    /// <summary>A dry run: nothing was written.</summary>
    DryRun,

    /// <summary>The policy denied the call before HubSpot was contacted.</summary>
    Denied,

    /// <summary>
    /// The arguments were invalid; nothing was written (HubSpot was not contacted, or only read to check them, e.g. for a
    /// label or property group that does not exist).
    /// </summary>
    Invalid,

    /// <summary>HubSpot (or the connection to it) failed the call, or refused every record of it; nothing was written.</summary>
    Failed,

    /// <summary>HubSpot wrote some of the call's records and refused others; <see cref="AuditEntry.RecordFailures"/> names them.</summary>
    Partial,

    /// <summary>
    /// The MCP request was turned away before any tool ran: an unknown tool or method, malformed params, a frame that
    /// is not JSON-RPC, or (over HTTP) no valid bearer key. HubSpot was not contacted.
    /// </summary>
    Rejected,
}
