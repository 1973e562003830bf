using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace Spoke.Generator.Tests.Harness;

/// <summary>What one generator run produced: sources, the generator's diagnostics, tracked steps and the output compilation.</summary>
internal sealed class GeneratorRun(GeneratorDriverRunResult result, Compilation outputCompilation, ImmutableArray<Diagnostic> driverDiagnostics)
{
    /// <summary>Ids Roslyn uses when a generator or analyzer throws; the generator must never cause them.</summary>
    public static readonly ImmutableArray<string> CrashDiagnosticIds = ["CS8784", "CS8785", "AD0001"];

    private GeneratorRunResult Single => result.Results.Single();

    /// <summary>The consuming project's compilation with the generated sources added.</summary>
    public Compilation OutputCompilation => outputCompilation;

    /// <summary>Diagnostics the generator reported, in a stable order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } =
        [.. result.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The generated files, ordered by hint name.</summary>
    public ImmutableArray<GeneratedSourceResult> Sources =>
        [.. Single.GeneratedSources.OrderBy(source => source.HintName, StringComparer.Ordinal)];

    /// <summary>The hint names of the generated files, ordered.</summary>
    public ImmutableArray<string> HintNames => [.. Sources.Select(source => source.HintName)];

    /// <summary>Every tracked step of this run, by tracking name.</summary>
    public ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedSteps => Single.TrackedSteps;

    /// <summary>The tracked output steps (one per registered output), by output kind.</summary>
    public ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedOutputSteps => Single.TrackedOutputSteps;

    /// <summary>The text of the generated file <paramref name="hintName"/>.</summary>
    public string SourceOf(string hintName) =>
        Sources.SingleOrDefault(source => source.HintName == hintName).SourceText?.ToString()
        ?? throw new ArgumentException($"No generated file '{hintName}'. Generated: {string.Join(", ", HintNames)}", nameof(hintName));

    /// <summary>Compiles <paramref name="source"/> beside the generated code and returns its errors and warnings.</summary>
    public ImmutableArray<Diagnostic> CompileWith(string source) =>
        [.. outputCompilation
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, CompilationFactory.ParseOptions, path: "/project/Usage.cs"))
            .GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)];

    /// <summary>Compiles <paramref name="source"/> beside the generated code with <paramref name="analyzer"/> and returns every error and warning.</summary>
    public ImmutableArray<Diagnostic> AnalyzeWith(string source, DiagnosticAnalyzer analyzer) =>
        [.. outputCompilation
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, CompilationFactory.ParseOptions, path: "/project/Usage.cs"))
            .WithAnalyzers([analyzer])
            .GetAllDiagnosticsAsync()
            .GetAwaiter()
            .GetResult()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)];

    /// <summary>
    /// Compiles the output (generated code plus the project's sources) into an assembly loaded in a collectible
    /// context; the Spoke runtime resolves to the copy the tests already loaded.
    /// </summary>
    public Assembly LoadAssembly() => Load(outputCompilation);

    /// <summary>Like <see cref="LoadAssembly"/>, with <paramref name="source"/> compiled beside the generated code.</summary>
    public Assembly LoadAssemblyWith(string source) =>
        Load(outputCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, CompilationFactory.ParseOptions, path: "/project/Usage.cs")));

    private static Assembly Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, Describe(emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(image);
    }

    /// <summary>Fails if the generator threw, in any form Roslyn reports it.</summary>
    public void AssertGeneratorDidNotThrow()
    {
        Assert.Null(Single.Exception);
        var crashes = driverDiagnostics.Concat(result.Diagnostics).Where(d => CrashDiagnosticIds.Contains(d.Id)).ToList();
        Assert.True(crashes.Count == 0, Describe(crashes));
    }

    /// <summary>Fails if the output compilation has any warning or error, naming each with its generated line.</summary>
    public void AssertOutputCompilesCleanly()
    {
        var problems = outputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, Describe(problems));
    }

    /// <summary>
    /// Fails if the output's metadata cannot be written: names longer than metadata allows (CS7013) pass every other check and
    /// fail only here. Cheaper than <see cref="LoadAssembly"/>, which also compiles every method body.
    /// </summary>
    public void AssertOutputMetadataEmits()
    {
        using var image = new MemoryStream();
        var emitted = outputCompilation.Emit(image, options: new EmitOptions(metadataOnly: true));
        Assert.True(emitted.Success, Describe(emitted.Diagnostics));
    }

    /// <summary>A readable list of diagnostics, each with the offending source line when it has one.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics.Take(20))
        {
            text.AppendLine(diagnostic.ToString());
            if (diagnostic.Location.SourceTree is { } tree)
            {
                var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                text.Append("    > ").AppendLine(tree.GetText().Lines[line].ToString().Trim());
            }
        }

        return text.ToString();
    }
}
