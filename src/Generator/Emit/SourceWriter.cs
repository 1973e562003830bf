using System.Text;

namespace Spoke.Generator.Emit;

/// <summary>Writes C# source with four-space indentation; blocks open and close with <see cref="OpenBlock"/>/<see cref="CloseBlock"/>.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indentation;

    public SourceWriter(int capacity = 4096)
    {
        _builder = new StringBuilder(capacity);
    }

    public void WriteLine(string line)
    {
        _builder.Append(' ', _indentation * 4).Append(line).Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes a line built from parts, without concatenating them first.</summary>
    public void WriteLine(string part1, string part2, string part3 = "", string part4 = "", string part5 = "")
    {
        _builder.Append(' ', _indentation * 4).Append(part1).Append(part2).Append(part3).Append(part4).Append(part5).Append('\n');
    }

    public void OpenBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        _indentation++;
    }

    public void CloseBlock(string suffix = "")
    {
        _indentation--;
        WriteLine("}" + suffix);
    }

    public void Indent() => _indentation++;

    public void Outdent() => _indentation--;

    public override string ToString() => _builder.ToString();
}
