using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Spoke.Generator.Tests.Harness;

/// <summary>Builds compilations configured like a project in this repository: nullable on, every warning wave, XML docs checked.</summary>
internal static class CompilationFactory
{
    /// <summary>Latest language version, with documentation comments parsed and diagnosed (a broken doc comment is CS1570).</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions s_options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999,
        deterministic: true);

    /// <summary>A compilation of the given sources against <see cref="ReferenceSet.All"/>.</summary>
    public static CSharpCompilation Create(IEnumerable<string> sources, string assemblyName = "Spoke.Generator.Tests.Consumer") =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/project/Source{index}.cs")),
            ReferenceSet.All,
            s_options);

    /// <summary>A new instance of the one incremental generator the Spoke.Generator assembly ships.</summary>
    public static IIncrementalGenerator CreateGenerator()
    {
        var generatorType = Assembly.Load("Spoke.Generator").GetTypes()
            .Single(type => type.GetCustomAttribute<GeneratorAttribute>() is not null && typeof(IIncrementalGenerator).IsAssignableFrom(type));
        return (IIncrementalGenerator)Activator.CreateInstance(generatorType)!;
    }
}
