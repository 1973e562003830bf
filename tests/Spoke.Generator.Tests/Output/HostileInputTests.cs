using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spoke.Generator.Tests.Harness;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Output;

/// <summary>
/// Inputs HubSpot accepts, or an admin can type, that are hard to turn into C#. Each must generate code that
/// compiles without a warning (the harness checks that on every run, XML docs included) and must keep every
/// property reachable under its wire name.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Cases => [.. s_cases.Keys.Order(StringComparer.Ordinal)];

    private static readonly Dictionary<string, JsonObject[]> s_cases = new()
    {
        ["keywords"] = [.. new[] { "class", "namespace", "string", "event", "default", "void", "int", "object", "record", "value", "var", "async", "await", "this", "base", "null", "true", "operator", "params", "global" }
            .Select(keyword => Property(keyword, label: keyword))],
        ["names that case to the same member"] = [Property("email_2", label: "Email 2"), Property("email2", label: "Email2"), Property("Email2", label: "email 2"), Property("e_mail2", label: "E mail 2"), Property("email__2")],
        ["members the record already has"] = [.. new[] { "id", "Id", "properties", "createdAt", "updatedAt", "archived", "archivedAt", "equals", "tostring", "gethashcode", "gettype", "memberwiseclone", "finalize", "equalitycontract", "printmembers", "deconstruct", "clone", "objecttype", "where", "or", "product", "products" }
            .Select(name => Property(name, label: name))],
        ["names that are not identifiers"] = [Property("1st_touch"), Property("a-b"), Property("a.b"), Property("_"), Property("__"), Property("x y"), Property("größe", label: "Größe"), Property("ünïcödé_✓", label: "Ünïcödé ✓")],
        ["unicode and emoji labels"] = [Property("rocket", label: "🚀 Rocket"), Property("japanese", label: "日本語のラベル"), Property("rtl", label: "\u202Eevil"), Property("empty_label", label: ""), Property("spaces", label: "   "),
            Picklist("temperature", Option("🔥", "hot"), Option("❄️", "cold"), Option("🔥 Hot", "hot2"), Option("", "blank_label"))],
        ["awkward option values"] = [Picklist("answer", Option("Empty", ""), Option("Space", " "), Option("Both", "a;b"), Option("One", "1"), Option("Yes", "Yes"), Option("yes", "yes"), Option("Yes", "YES"), Option("Hidden", "hidden", hidden: true)),
            Property("answers", "enumeration", "checkbox", options: [Option("Yes", "Yes"), Option("yes", "yes"), Option("1", "1"), Option("a;b", "a;b")])],
        ["600 options"] = [Picklist("big", Enumerable.Range(0, 600).Select(index => Option($"Option {index % 300}", $"option_{index}")))],
        ["doc comment injection"] = [
            Property("closer", label: "Ends */ here", description: "*/ public class Injected { } /*"),
            Property("summary", label: "</summary><script>alert(1)</script>", description: "</summary> <param name=\"x\"/> <![CDATA[ ]]> & &amp; <!-- "),
            Property("separators", label: "Line\u2028separator", description: "Paragraph\u2029separator\r\nnew line\rcarriage\n/// triple"),
            Picklist("option_docs", Option("</summary>", "a"), Option("*/ <b>", "b"), Option("\u2028", "c"))],
        ["unknown and future types"] = [Property("rich", "rich_text", "richtext"), Property("money", "currency", "number"), Property("geo", "object_coordinates"), Property("blob", "json"), Property("phone", "phone_number", "phonenumber"),
            Property("no_options", "enumeration", "select"), Property("owner", "enumeration", "select", externalOptions: true)],
        ["noncharacters, invisible characters and XML markup"] = [
            Property("nonchar", label: "a\uFFFEb\uFFFFc\uFDD0d\U0001FFFEe", description: "\U0010FFFF \uFFFE"),
            Property("bidi\u202E\u2066", label: "\u202Eevil\u202C \u2066isolate\u2069 \u200Fmark", description: "\u061C\u200E"),
            Property("invisible\u200B\uFEFF", label: "zero\u200Bwidth\uFEFFbom\u00ADsoft\u2060joiner", description: "\u0000\u0001\u001F\u007F\u0080\u0085\u009F"),
            Property("markup", label: "]]> <![CDATA[ x ]]> --> <!-- &#xFFFE; &amp &", description: "*/ /* <summary> </remarks> <see cref=\"X\"/>"),
            Picklist("marks", Option("\uFFFF", "\uFFFE"), Option("\u202Eright", "\u202E"), Option("]]>", "]]>"), Option("\u0007", "\u0007"), Option("é\u0301", "é\u0301"))],
        ["names and labels longer than metadata allows"] = [
            Property(new string('n', 600), label: new string('L', 600)),
            Property(new string('é', 600)),
            Picklist("long_options", Option(new string('O', 700), "a"), Option(new string('ü', 600), "b"))],
        ["picklist and enum names that collide with the record"] = [Picklist("product", Option("Product", "product")), Picklist("product_type", Option("A", "a")), Picklist("producttype", Option("B", "b"))],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_properties_compile_and_stay_reachable_by_wire_name(string @case)
    {
        var properties = s_cases[@case];

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", Results(properties))));

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var literals = run.OutputCompilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantTokens())
            .Where(token => token.IsKind(SyntaxKind.StringLiteralToken))
            .Select(token => token.ValueText)
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(properties, property => Assert.Contains((string)property["name"]!, literals));
        run.LoadAssembly();
    }

    [Fact]
    public void Lone_surrogates_in_names_labels_and_options_compile()
    {
        const string json = """
            {"results": [
              {"name": "half\uD800", "label": "high \uD83D alone", "type": "string", "fieldType": "text", "description": "low \uDE00 alone", "options": []},
              {"name": "pick", "label": "Pick \uDFFF", "type": "enumeration", "fieldType": "select", "options": [
                {"label": "\uD800", "value": "\uDC00"}, {"label": "pair \uD83D\uDE00", "value": "\uD83D\uDE00"}]}
            ]}
            """;

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", json)));

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        run.LoadAssembly();
    }

    [Fact]
    public void A_custom_object_with_an_awkward_name_compiles_beside_the_standard_objects()
    {
        var schemas = Schemas(
            CustomObject("2-1", "class", "Class", Property("name")),
            CustomObject("2-3", "café_order", "Café order 🚀", Property("café")),
            CustomObject("2-4", "2fast", "", Property("speed", "number", "number")),
            CustomObject("2-5", "long", new string('é', 700), Picklist("kind", Option("A", "a"))));

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", schemas), ("contacts.json", Results(Property("email")))));

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        run.LoadAssembly();
    }

    [Fact]
    public void A_custom_object_named_like_a_standard_object_gets_a_distinct_type()
    {
        var schemas = Schemas(CustomObject("2-2", "contact", "Contact", Property("email")));

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", schemas), ("contacts.json", Results(Property("email")))));

        Assert.Contains(run.Diagnostics, d => d.Id == "SPOKE103");
    }
}
