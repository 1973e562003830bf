using System.Buffers;

namespace Spoke.Agents.Mcp;

/// <summary>
/// Standard input as the stdio transport reads it, with every line that is not a JSON-RPC message audited as rejected
/// before the SDK sees it (the SDK answers or drops such lines without passing them to any filter). The bytes pass
/// through unchanged.
/// </summary>
internal sealed class RejectedFrameAuditStream : Stream
{
    private readonly Stream _inner;
    private readonly RejectedRequestAudit _audit;
    private readonly string _agent;
    private readonly ArrayBufferWriter<byte> _line = new();

    public RejectedFrameAuditStream(Stream inner, RejectedRequestAudit audit, string agent)
    {
        _inner = inner;
        _audit = audit;
        _agent = agent;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        await InspectAsync(buffer[..read], endOfInput: read == 0).ConfigureAwait(false);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task InspectAsync(ReadOnlyMemory<byte> chunk, bool endOfInput)
    {
        while (true)
        {
            var newline = chunk.Span.IndexOf((byte)'\n');
            if (newline < 0)
            {
                _line.Write(chunk.Span);
                break;
            }

            _line.Write(chunk.Span[..newline]);
            chunk = chunk[(newline + 1)..];
            await AuditIfRejectedAsync().ConfigureAwait(false);
        }

        if (endOfInput)
        {
            await AuditIfRejectedAsync().ConfigureAwait(false);
        }
    }

    private async Task AuditIfRejectedAsync()
    {
        var frame = new ReadOnlySequence<byte>(_line.WrittenMemory);
        var blank = _line.WrittenSpan.Trim(" \t\r"u8).IsEmpty;
        var problem = blank ? null : JsonRpcFrame.Problem(frame);
        if (problem is not null)
        {
            var (method, tool) = JsonRpcFrame.Describe(frame);
            await _audit.WriteAsync(_agent, method, tool, problem).ConfigureAwait(false);
        }

        _line.ResetWrittenCount();
    }
}
