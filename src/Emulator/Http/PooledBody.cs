using System.Buffers;

namespace Spoke.Emulator.Http;

/// <summary>
/// A response body written into a buffer rented from the shared pool and returned once sent, so large responses (a batch
/// of 100 records is about 60 KB) do not allocate a fresh, growing array (and large-object-heap blocks) per request.
/// </summary>
internal sealed class PooledBody : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 4_096;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialSize);

    public int WrittenCount { get; private set; }

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, WrittenCount);

    public void Advance(int count) => WrittenCount += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(WrittenCount);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(WrittenCount);

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }

    private byte[] Reserve(int sizeHint)
    {
        var needed = WrittenCount + Math.Max(sizeHint, 1);
        if (needed > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
            buffer.AsSpan(0, WrittenCount).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        return buffer;
    }
}
