using Spoke.Agents.Audit;

namespace Spoke.Agents.Mcp;

/// <summary>Writes the audit line of an MCP request turned away before any tool ran: outcome <c>rejected</c>, with the reason.</summary>
internal sealed class RejectedRequestAudit
{
    /// <summary>The characters of a tool name or method kept in the audit line; an agent could send megabytes.</summary>
    public const int MaxNameLength = 200;

    private readonly IAuditLog _audit;
    private readonly TimeProvider _time;

    public RejectedRequestAudit(IAuditLog audit, TimeProvider time)
    {
        _audit = audit;
        _time = time;
    }

    /// <param name="agent">The agent the request came from; empty when no bearer key named one.</param>
    /// <param name="method">The JSON-RPC method, or the HTTP method and path when the frame names none.</param>
    /// <param name="tool">The tool name as the request gave it; empty when it gave none.</param>
    /// <param name="reason">Why the request was turned away.</param>
    public Task WriteAsync(string agent, string method, string tool, string reason) =>
        _audit.WriteAsync(
            new AuditEntry
            {
                Time = _time.GetUtcNow(),
                Agent = agent,
                Tool = Shorten(tool),
                Action = Shorten(method),
                Outcome = AuditOutcome.Rejected,
                Error = reason,
                Duration = TimeSpan.Zero,
            },
            CancellationToken.None);

    private static string Shorten(string value) => value.Length <= MaxNameLength ? value : string.Concat(value.AsSpan(0, MaxNameLength), "…");
}
