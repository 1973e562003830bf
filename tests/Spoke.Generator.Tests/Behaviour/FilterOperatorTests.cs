using Spoke.Generator.Analyzers;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>
/// <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> between search filters cannot compile; the analyzer says what to write instead,
/// at the operator, beside the compiler's own error.
/// </summary>
public sealed class FilterOperatorTests
{
    private static readonly Lazy<GeneratorRun> s_products = new(() => GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", SnapshotFiles.Products))));

    public static TheoryData<string, string, string, string> Misuses => new()
    {
        { "Product.Where(p => p.Name.Eq(\"x\") && p.Price.Gt(5))", "&&", "SPOKE301", "CS0217" },
        { "Product.Where(p => (p.Name.Eq(\"x\") & p.Price.Gt(5)) && p.Price.Lt(9))", "&&", "SPOKE301", "CS0217" },
        { "Product.Where(p => p.Name.Eq(\"x\") || p.Price.Gt(5))", "||", "SPOKE302", "CS0019" },
        { "Product.Where(p => !p.Name.Eq(\"x\"))", "!", "SPOKE302", "CS0023" },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void The_analyzer_explains_the_compilers_error_at_the_operator(string expression, string operatorText, string spokeId, string compilerId)
    {
        var source = Usage(expression);

        var diagnostics = s_products.Value.AnalyzeWith(source, new FilterOperatorAnalyzer());

        Assert.Contains(compilerId, diagnostics.Select(d => d.Id));
        var spoke = Assert.Single(diagnostics, d => d.Id.StartsWith("SPOKE3", StringComparison.Ordinal));
        Assert.Equal(spokeId, spoke.Id);
        Assert.Equal(operatorText, source.Substring(spoke.Location.SourceSpan.Start, spoke.Location.SourceSpan.Length));
        Assert.Contains(operatorText == "&&" ? "a & b" : operatorText == "||" ? ".Or(" : "NotIn", spoke.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_joined_with_and_and_other_logical_operators_are_left_alone()
    {
        var diagnostics = s_products.Value.AnalyzeWith(
            """
            namespace Tests.HubSpot;
            internal static class Usage
            {
                internal static object Run(bool a, bool b) => (a && b || !a, Product.Where(p => p.Name.Eq("x") & p.Price.Gt(5)).Or(p => p.Price.Lt(1)));
            }

            internal sealed class SearchFilter
            {
                public static bool operator true(SearchFilter f) => true;
                public static bool operator false(SearchFilter f) => false;
                public static SearchFilter operator &(SearchFilter l, SearchFilter r) => l;
                internal static bool Test(SearchFilter x, SearchFilter y) => x && y ? true : false;
            }
            """,
            new FilterOperatorAnalyzer());

        Assert.True(diagnostics.IsEmpty, GeneratorRun.Describe(diagnostics));
    }

    private static string Usage(string expression) =>
        $"namespace Tests.HubSpot;\ninternal static class Usage {{ internal static object Run() => {expression}; }}";
}
