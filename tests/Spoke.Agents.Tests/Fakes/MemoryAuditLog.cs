using Spoke.Agents.Audit;

namespace Spoke.Agents.Tests.Fakes;

/// <summary>Keeps audit entries in memory.</summary>
internal sealed class MemoryAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (Entries)
        {
            Entries.Add(entry);
        }

        return Task.CompletedTask;
    }
}
