using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace Spoke.Generator.Tests.Harness;

/// <summary>
/// The metadata references every test compilation shares: the .NET 10 shared framework the tests run on,
/// the Spoke runtime that generated code calls, and the assemblies the runtime's public surface exposes.
/// Built once per test run, because loading ~200 assemblies' metadata is the most expensive part of a compilation.
/// </summary>
internal static class ReferenceSet
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(Load);

    /// <summary>The shared framework, <c>Spoke.dll</c> and its direct dependencies.</summary>
    public static ImmutableArray<MetadataReference> All => s_references.Value;

    /// <summary>The path of the Spoke runtime assembly built beside the tests.</summary>
    public static string RuntimeAssemblyPath => Path.Combine(AppContext.BaseDirectory, "Spoke.dll");

    private static ImmutableArray<MetadataReference> Load()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .DistinctBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase);

        var frameworkDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var paths = trusted.Values
            .Where(path => path.StartsWith(frameworkDirectory, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        paths.Add(RuntimeAssemblyPath);
        foreach (var dependency in Assembly.LoadFrom(RuntimeAssemblyPath).GetReferencedAssemblies())
        {
            if (dependency.Name is { } dependencyName && trusted.TryGetValue(dependencyName, out var path))
            {
                paths.Add(path);
            }
        }

        return [.. paths.Order(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
