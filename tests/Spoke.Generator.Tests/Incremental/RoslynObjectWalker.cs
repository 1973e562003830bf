using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Spoke.Generator.Tests.Incremental;

/// <summary>
/// Walks every field reachable from a pipeline value and reports the path to the first Roslyn object that would
/// defeat caching or keep a compilation alive: a symbol, compilation, syntax node or tree, source text or location.
/// The additional file and options themselves may flow through tuples that plumb them into a <c>Select</c>,
/// but never inside a model.
/// </summary>
internal static class RoslynObjectWalker
{
    private static readonly Type[] s_forbidden =
        [typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(SourceText), typeof(Location)];

    private static readonly Type[] s_plumbingOnly = [typeof(AdditionalText), typeof(AnalyzerConfigOptions), typeof(AnalyzerConfigOptionsProvider)];

    /// <summary>The path to the first forbidden object reachable from <paramref name="value"/>, or null when there is none.</summary>
    public static string? FindRoslynObject(object? value) => Walk(value, "value", plumbing: true, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? Walk(object? value, string path, bool plumbing, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return null;
        }

        var type = value.GetType();
        if (s_forbidden.Any(forbidden => forbidden.IsAssignableFrom(type)))
        {
            return $"{path} is a {type.FullName}";
        }

        if (s_plumbingOnly.Any(allowed => allowed.IsAssignableFrom(type)))
        {
            return plumbing ? null : $"{path} is a {type.FullName} inside a model";
        }

        var isTuple = value is ITuple && type.IsValueType;
        if (value is IEnumerable sequence and not IDictionary && !type.IsValueType)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                if (Walk(item, $"{path}[{index++}]", plumbing: false, visited) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Walk(field.GetValue(value), $"{path}.{field.Name}", plumbing: isTuple && plumbing, visited) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
