using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spoke.Generator.Tests.Harness;
using Spoke.Testing;

namespace Spoke.Generator.Benchmarks;

/// <summary>Creates a generator driver over in-memory snapshots, configured as <c>build/Spoke.targets</c> configures a build.</summary>
internal static class GeneratorDriverFactory
{
    /// <summary>A fresh driver (nothing cached) over <paramref name="snapshots"/>, tracking steps off as in a real build.</summary>
    public static GeneratorDriver Create(IReadOnlyList<(string FileName, string Json)> snapshots)
    {
        var texts = snapshots.Select(file => (AdditionalText)new InMemoryAdditionalText($"/project/schema-snapshots/{file.FileName}", file.Json)).ToList();
        var snapshotMetadata = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.SpokeSnapshot", "true");
        var options = new InMemoryAnalyzerConfigOptionsProvider(
            ImmutableDictionary<string, string>.Empty
                .Add("build_property.SpokeNamespace", "Benchmarks.HubSpot")
                .Add("build_property.SpokeSchemaDirectory", "/project/schema-snapshots"),
            texts.ToImmutableDictionary(text => text.Path, _ => snapshotMetadata));
        return CSharpGeneratorDriver.Create(
            [CompilationFactory.CreateGenerator().AsSourceGenerator()],
            texts,
            CompilationFactory.ParseOptions,
            options);
    }

    /// <summary>Every <c>*.json</c> in the repository's <c>schema-snapshots/</c>.</summary>
    public static IReadOnlyList<(string FileName, string Json)> ShippedSnapshots() =>
        [.. Directory.EnumerateFiles(RepositoryRoot.SchemaSnapshots, "*.json").Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path), File.ReadAllText(path)))];
}
