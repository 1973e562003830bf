using System.Buffers.Binary;
using System.Numerics;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// How journal entries sit in a segment file: a 4-byte length and a 4-byte CRC-32C of the payload (both little-endian),
/// then the payload. A record cut short by a crash, or whose bytes do not match their checksum, ends the readable part.
/// </summary>
internal static class JournalFraming
{
    public const int HeaderLength = 8;

    /// <summary>Far above any entry the emulator writes (a 100-record batch is well under 1 MB); a larger length is damage.</summary>
    private const int MaxPayloadLength = 256 * 1024 * 1024;

    public static void WriteHeader(Span<byte> header, ReadOnlySpan<byte> payload)
    {
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], Checksum(payload));
    }

    /// <summary>
    /// The payloads of a segment in order, up to the first record that is cut short or damaged, and whether the whole
    /// segment was readable.
    /// </summary>
    public static (List<ReadOnlyMemory<byte>> Payloads, bool Complete) ReadPayloads(ReadOnlyMemory<byte> segment)
    {
        var payloads = new List<ReadOnlyMemory<byte>>();
        var at = 0;
        while (segment.Length - at >= HeaderLength)
        {
            var header = segment.Span.Slice(at, HeaderLength);
            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (length <= 0 || length > MaxPayloadLength || length > segment.Length - at - HeaderLength)
            {
                break;
            }

            var payload = segment.Slice(at + HeaderLength, length);
            if (Checksum(payload.Span) != BinaryPrimitives.ReadUInt32LittleEndian(header[4..]))
            {
                break;
            }

            payloads.Add(payload);
            at += HeaderLength + length;
        }

        return (payloads, at == segment.Length);
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        var at = 0;
        for (; at + sizeof(ulong) <= data.Length; at += sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data[at..]));
        }

        for (; at < data.Length; at++)
        {
            crc = BitOperations.Crc32C(crc, data[at]);
        }

        return ~crc;
    }
}
