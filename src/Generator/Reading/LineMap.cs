using System.Collections.Generic;
using Spoke.Generator.Model;

namespace Spoke.Generator.Reading;

/// <summary>Turns character offsets of one file into line and column positions.</summary>
internal sealed class LineMap
{
    private readonly string _path;
    private readonly int _length;
    private readonly List<int> _lineStarts = new() { 0 };

    public LineMap(string path, string text)
    {
        _path = path;
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public LocationSpec Locate(int start, int length)
    {
        start = start < 0 ? 0 : start > _length ? _length : start;
        length = length < 0 ? 0 : start + length > _length ? _length - start : length;
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(start + length);
        return new LocationSpec(_path, start, length, startLine, startColumn, endLine, endColumn);
    }

    public (int Line, int Column) Position(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _lineStarts[line]);
    }
}
