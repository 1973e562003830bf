using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Spoke.Generator.Tests.Harness;

/// <summary>One set of <c>build_property.*</c> or <c>build_metadata.*</c> values, as MSBuild would pass them.</summary>
internal sealed class InMemoryAnalyzerConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static InMemoryAnalyzerConfigOptions Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

    /// <inheritdoc />
    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

    /// <inheritdoc />
    public override IEnumerable<string> Keys => values.Keys;
}
