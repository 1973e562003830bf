using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Spoke.Generator.Tests.Harness;

/// <summary>
/// One generator driver kept across runs, as the IDE keeps it, so that tests can edit the inputs and
/// read how each tracked step reacted (Cached, Unchanged, Modified, New, Removed).
/// </summary>
internal sealed class GeneratorSession
{
    private GeneratorDriver _driver;
    private Compilation _compilation;
    private ImmutableDictionary<string, AdditionalText> _files;

    private GeneratorSession(GeneratorInput input, bool trackSteps)
    {
        _files = input.AdditionalFiles.ToImmutableDictionary(
            file => file.Key,
            file => (AdditionalText)new InMemoryAdditionalText(file.Key, file.Value),
            StringComparer.Ordinal);
        _compilation = CompilationFactory.Create(input.Sources);
        _driver = CSharpGeneratorDriver.Create(
            [CompilationFactory.CreateGenerator().AsSourceGenerator()],
            _files.Values.OrderBy(file => file.Path, StringComparer.Ordinal),
            CompilationFactory.ParseOptions,
            CreateOptionsProvider(input),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Starts a session over <paramref name="input"/>; nothing runs until <see cref="Run"/>.</summary>
    /// <param name="input">The project.</param>
    /// <param name="trackSteps">
    /// Whether runs record each step's reason. Roslyn 4.14 then loses the diagnostics of a cached output after an additional file
    /// was removed in an earlier run (a build, which records nothing, keeps them), so a session that removes files turns it off.
    /// </param>
    public static GeneratorSession Start(GeneratorInput input, bool trackSteps = true) => new(input, trackSteps);

    /// <summary>Runs the generator, asserts it did not throw and that its output compiles without a warning.</summary>
    public GeneratorRun Run()
    {
        var run = RunGenerator();
        run.AssertOutputCompilesCleanly();
        return run;
    }

    /// <summary>
    /// Runs the generator and asserts only that it did not throw: for the fuzz test, which runs thousands of times
    /// and compiles a sample of the outputs itself.
    /// </summary>
    public GeneratorRun RunGenerator()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var driverDiagnostics);
        var run = new GeneratorRun(_driver.GetRunResult(), output, driverDiagnostics);
        run.AssertGeneratorDidNotThrow();
        return run;
    }

    /// <summary>Replaces the content of one file in the snapshot directory, keeping its path.</summary>
    public void ReplaceFile(string fileName, string content)
    {
        var path = GeneratorInput.PathOf(fileName);
        var replacement = new InMemoryAdditionalText(path, content);
        _driver = _driver.ReplaceAdditionalText(_files[path], replacement);
        _files = _files.SetItem(path, replacement);
    }

    /// <summary>
    /// Makes the snapshot directory hold exactly the additional files of <paramref name="input"/>, as an IDE sees files added,
    /// removed and edited between runs; unchanged files keep their identity, so the driver can reuse what it cached for them.
    /// </summary>
    public void ReplaceFiles(GeneratorInput input)
    {
        var removed = _files.Where(file => !input.AdditionalFiles.ContainsKey(file.Key)).Select(file => file.Value).ToImmutableArray();
        _driver = _driver.RemoveAdditionalTexts(removed);
        _files = _files.RemoveRange(removed.Select(file => file.Path));
        foreach (var (path, content) in input.AdditionalFiles)
        {
            var replacement = new InMemoryAdditionalText(path, content);
            if (!_files.TryGetValue(path, out var existing))
            {
                _driver = _driver.AddAdditionalTexts([replacement]);
            }
            else if (existing.GetText()?.ToString() != content)
            {
                _driver = _driver.ReplaceAdditionalText(existing, replacement);
            }
            else
            {
                continue;
            }

            _files = _files.SetItem(path, replacement);
        }

        _driver = _driver.WithUpdatedAnalyzerConfigOptions(CreateOptionsProvider(input));
    }

    /// <summary>Adds a C# file to the consuming project, an edit that has nothing to do with snapshots.</summary>
    public void AddSource(string source) =>
        _compilation = _compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(source, CompilationFactory.ParseOptions, path: $"/project/Added{_compilation.SyntaxTrees.Count()}.cs"));

    private static InMemoryAnalyzerConfigOptionsProvider CreateOptionsProvider(GeneratorInput input)
    {
        var global = ImmutableDictionary<string, string>.Empty
            .Add("build_property.SpokeNamespace", input.Namespace)
            .Add("build_property.SpokeSchemaDirectory", GeneratorInput.SnapshotDirectory)
            .Add("build_property.RootNamespace", "Tests");
        var snapshotMetadata = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.SpokeSnapshot", "true");
        return new InMemoryAnalyzerConfigOptionsProvider(
            global,
            input.AdditionalFiles.Keys.ToImmutableDictionary(path => path, _ => snapshotMetadata, StringComparer.Ordinal));
    }
}
