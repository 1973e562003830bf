using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Benchmarks;

/// <summary>
/// Generator time as a build and the IDE see it: a cold run (new driver) over the shipped snapshots and over a
/// 10 × 1,000-property account, and a cached re-run after an edit of unrelated C#. Targets: ≤ 100 ms, ≤ 1 s, ≤ 1 ms.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private IReadOnlyList<(string FileName, string Json)> _shipped = [];
    private IReadOnlyList<(string FileName, string Json)> _synthetic = [];
    private Compilation _compilation = null!;
    private Compilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private bool _edited;

    /// <summary>Reads the snapshots and warms a driver whose cache the re-run benchmark reuses.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _shipped = GeneratorDriverFactory.ShippedSnapshots();
        _synthetic = SyntheticAccount.Create();
        _compilation = CompilationFactory.Create(["namespace App; public static class Program { public static int Answer => 42; }"]);
        _editedCompilation = _compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace App; internal sealed class Unrelated { }", CompilationFactory.ParseOptions));
        _warmDriver = GeneratorDriverFactory.Create(_shipped).RunGenerators(_compilation);
    }

    /// <summary>A build with nothing cached, over every shipped snapshot.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ShippedSnapshotsCold() => GeneratorDriverFactory.Create(_shipped).RunGenerators(_compilation);

    /// <summary>A build with nothing cached, over 10 objects × 1,000 properties.</summary>
    [Benchmark]
    public GeneratorDriver SyntheticAccountCold() => GeneratorDriverFactory.Create(_synthetic).RunGenerators(_compilation);

    /// <summary>
    /// The IDE case: the user typed in a C# file. Each call alternates between two compilations, so every run sees
    /// an edit while the snapshots stay the same and every step should come from the cache.
    /// </summary>
    [Benchmark]
    public GeneratorDriver CachedRerunAfterUnrelatedEdit()
    {
        _edited = !_edited;
        _warmDriver = _warmDriver.RunGenerators(_edited ? _editedCompilation : _compilation);
        return _warmDriver;
    }
}
