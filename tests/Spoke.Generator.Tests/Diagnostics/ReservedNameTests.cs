using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spoke.Generator.Tests.Harness;
using Spoke.Schema;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Diagnostics;

/// <summary>
/// The names the generator keeps from properties follow the runtime and the compiler rather than a list that could fall behind:
/// every member the generated types' base types and interfaces expose, and every keyword this Roslyn knows.
/// </summary>
public sealed class ReservedNameTests
{
    [Fact]
    public void Every_member_the_runtime_base_types_expose_is_kept_from_properties()
    {
        var members = new[] { typeof(CrmRecord), typeof(CrmInput), typeof(ICrmObject<>), typeof(IGeneratedSchema), typeof(object) }
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy))
            .Where(IsVisibleToDerivedTypes)
            .Select(member => member.Name)
            .Where(name => SyntaxFacts.IsValidIdentifier(name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var run = RunWithOverrideNames(members);

        var renamed = run.Diagnostics.Where(d => d.Id == "SPOKE101" && d.GetMessage().Contains("is reserved for a member Spoke generates or inherits", StringComparison.Ordinal)).ToList();
        Assert.All(members, name => Assert.Contains(renamed, d => d.GetMessage().Contains($"would be named '{name}',", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_keyword_the_compiler_knows_is_refused_as_an_override_name()
    {
        var keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
            .Select(SyntaxFacts.GetText)
            .Where(text => text.Length > 0 && text.All(char.IsAsciiLetterLower))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var run = RunWithOverrideNames(keywords);

        var refused = run.Diagnostics.Where(d => d.Id == "SPOKE204").Select(d => d.GetMessage()).ToList();
        Assert.All(keywords, keyword => Assert.Contains($"spoke.json: '{keyword}' at JSON path $.objects.products.properties.p_{keyword}.name cannot be used: it is a C# keyword; the generated name is kept", refused));
    }

    // One property per name, each renamed to it in spoke.json.
    private static GeneratorRun RunWithOverrideNames(IReadOnlyList<string> names)
    {
        var properties = new JsonObject();
        foreach (var name in names)
        {
            properties["p_" + name] = new JsonObject { ["name"] = name };
        }

        var overrides = new JsonObject { ["objects"] = new JsonObject { ["products"] = new JsonObject { ["properties"] = properties } } }.ToJsonString();
        return GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", Results(names.Select(name => Property("p_" + name))))).WithFile("spoke.json", overrides));
    }

    private static bool IsVisibleToDerivedTypes(MemberInfo member) => member switch
    {
        MethodBase method => method is not ConstructorInfo && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly),
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleToDerivedTypes),
        EventInfo => true,
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily,
        _ => false,
    };
}
