using System.Buffers;

namespace Spoke.Wire;

/// <summary>
/// Collects a record's wire values while its JSON is read, kept sorted by index (HubSpot sends properties in name order, which is
/// layout order, so appending is the usual case), in a pooled buffer; <see cref="ToArray"/> then allocates exactly what the
/// record keeps. A property sent twice keeps its last value, as a dictionary would.
/// </summary>
internal struct WireValueList : IDisposable
{
    private const int InitialCapacity = 64;

    private WireValue[]? _buffer;
    private int _count;

    public void Add(int index, string? value)
    {
        _buffer ??= ArrayPool<WireValue>.Shared.Rent(InitialCapacity);
        if (_count == 0 || _buffer[_count - 1].Index < index)
        {
            Append(new WireValue(index, value));
            return;
        }

        var position = WireValueSearch.Find(_buffer.AsSpan(0, _count), index);
        if (position >= 0)
        {
            _buffer[position] = new WireValue(index, value);
            return;
        }

        Append(default);
        position = ~position;
        Array.Copy(_buffer, position, _buffer, position + 1, _count - 1 - position);
        _buffer[position] = new WireValue(index, value);
    }

    public readonly WireValue[] ToArray() => _count == 0 ? [] : _buffer.AsSpan(0, _count).ToArray();

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<WireValue>.Shared.Return(_buffer, clearArray: true);
            _buffer = null;
            _count = 0;
        }
    }

    private void Append(WireValue value)
    {
        if (_count == _buffer!.Length)
        {
            var larger = ArrayPool<WireValue>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<WireValue>.Shared.Return(_buffer, clearArray: true);
            _buffer = larger;
        }

        _buffer[_count++] = value;
    }
}
