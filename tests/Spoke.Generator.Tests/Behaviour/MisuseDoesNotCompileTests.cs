using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>
/// The point of typed filters and inputs: misuse is a compile error with a known id, not a 400 at run time. Compiled
/// beside the code generated for <c>Fixtures/products.json</c>; a correct use of the same members compiles clean,
/// so each error is about the misuse and not about a missing member.
/// </summary>
public sealed class MisuseDoesNotCompileTests
{
    private static readonly Lazy<GeneratorRun> s_products = new(() => GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", SnapshotFiles.Products))));

    public static TheoryData<string, string> Misuses => new()
    {
        { "Product.Where(p => p.Name.Gt(5))", "CS1061" },
        { "Product.Where(p => p.Price.Gt(\"ten\"))", "CS1503" },
        { "Product.Where(p => p.Category.Eq(\"hardware\"))", "CS1503" },
        { "Product.Where(p => p.IsSubscription.Lt(true))", "CS1061" },
        { "Product.Where(p => p.LaunchDate.Gt(System.DateTimeOffset.UtcNow))", "CS1503" },
        { "new ProductInput { Margin = 1m }", "CS0117" },
        { "new ProductInput { LastModifiedDate = System.DateTimeOffset.UtcNow }", "CS0117" },
        { "Product.Where(p => p.Nme.HasProperty())", "CS1061" },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void Misuse_is_a_compile_error(string expression, string errorId)
    {
        var errors = s_products.Value.CompileWith(Usage(expression));

        Assert.Contains(errorId, errors.Select(error => error.Id));
    }

    [Fact]
    public void The_same_members_used_correctly_compile_without_a_warning()
    {
        var errors = s_products.Value.CompileWith(Usage(
            "(Product.Where(p => p.Name.Eq(\"x\") & p.Price.Gt(5) & p.Category.Eq(ProductCategory.Hardware) & p.IsSubscription.Eq(true) & p.LaunchDate.Gt(new System.DateOnly(2025, 1, 1))), new ProductInput { Name = \"x\", Price = 1m })"));

        Assert.True(errors.IsEmpty, GeneratorRun.Describe(errors));
    }

    [Fact]
    public void A_record_property_cannot_be_set()
    {
        var errors = s_products.Value.CompileWith(
            "namespace Tests.HubSpot;\ninternal static class Usage { internal static void Run(Product product) => product.Price = 1m; }");

        Assert.Contains("CS0200", errors.Select(error => error.Id));
    }

    private static string Usage(string expression) =>
        $"namespace Tests.HubSpot;\ninternal static class Usage {{ internal static object Run() => {expression}; }}";
}
