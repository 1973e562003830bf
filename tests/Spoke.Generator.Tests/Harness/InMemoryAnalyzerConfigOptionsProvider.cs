using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Spoke.Generator.Tests.Harness;

/// <summary>
/// Hands the generator the same options <c>build/Spoke.props</c> and <c>build/Spoke.targets</c> produce:
/// global build properties, and the <c>SpokeSnapshot</c> metadata on every additional file.
/// </summary>
internal sealed class InMemoryAnalyzerConfigOptionsProvider(
    ImmutableDictionary<string, string> globalOptions,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> additionalFileOptions) : AnalyzerConfigOptionsProvider
{
    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions { get; } = new InMemoryAnalyzerConfigOptions(globalOptions);

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => InMemoryAnalyzerConfigOptions.Empty;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        additionalFileOptions.TryGetValue(textFile.Path, out var options)
            ? new InMemoryAnalyzerConfigOptions(options)
            : InMemoryAnalyzerConfigOptions.Empty;
}
