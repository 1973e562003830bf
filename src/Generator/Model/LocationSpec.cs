using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Spoke.Generator.Model;

/// <summary>A place in a snapshot file, as a value (a Roslyn <see cref="Location"/> is made only when a diagnostic is reported).</summary>
internal sealed record LocationSpec(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
