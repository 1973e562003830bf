namespace Spoke.Agents.Audit;

/// <summary>Writes audit lines to standard error, for servers started without an audit file (stdout carries the MCP protocol).</summary>
internal sealed class StandardErrorAuditLog : IAuditLog
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var line = AuditEntryWriter.ToJsonLine(entry);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var stream = Console.OpenStandardError();
            await stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
