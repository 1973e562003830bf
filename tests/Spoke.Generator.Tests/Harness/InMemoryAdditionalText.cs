using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Spoke.Generator.Tests.Harness;

/// <summary>
/// An additional file that exists only in memory. Null content stands for a file the compiler could not load
/// (<see cref="GetText"/> returns null, as Roslyn does for a missing or locked file).
/// </summary>
internal sealed class InMemoryAdditionalText(string path, string? content) : AdditionalText
{
    private readonly SourceText? _text = content is null ? null : SourceText.From(content, Encoding.UTF8);

    /// <inheritdoc />
    public override string Path { get; } = path;

    /// <inheritdoc />
    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
