namespace Spoke.Agents.Audit;

/// <summary>Where audited tool calls go.</summary>
public interface IAuditLog
{
    /// <summary>Records one call; returns once the entry is durable enough to survive the process ending.</summary>
    /// <param name="entry">The call.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the entry is written.</returns>
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}
