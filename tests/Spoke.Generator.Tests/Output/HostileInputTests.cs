using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
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
        ["picklist and enum names that collide with the record"] = [Picklist("product", Option("Product", "product")), Picklist("product_type", Option("A", "a")), Picklist("producttype", Option("B", "b"))],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_properties_compile_and_stay_reachable_by_wire_name(string @case)
    {
        var properties = s_cases[@case];

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", Results(properties))));

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var generated = string.Concat(run.Sources.Select(source => source.SourceText.ToString()));
        Assert.All(properties, property => Assert.Contains(Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral((string)property["name"]!, quote: true), generated, StringComparison.Ordinal));
    }

    [Fact]
    public void A_custom_object_with_an_awkward_name_compiles_beside_the_standard_objects()
    {
        var schemas = new JsonObject
        {
            ["results"] = new JsonArray(
                CustomObject("2-1", "class", "Class", [Property("name")]),
                CustomObject("2-3", "café_order", "Café order 🚀", [Property("café")]),
                CustomObject("2-4", "2fast", "", [Property("speed", "number", "number")])),
        }.ToJsonString();

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", schemas), ("contacts.json", Results(Property("email")))));

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_custom_object_named_like_a_standard_object_gets_a_distinct_type()
    {
        var schemas = new JsonObject { ["results"] = new JsonArray(CustomObject("2-2", "contact", "Contact", [Property("email")])) }.ToJsonString();

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", schemas), ("contacts.json", Results(Property("email")))));

        Assert.Contains(run.Diagnostics, d => d.Id == "SPOKE103");
    }

    private static JsonObject CustomObject(string typeId, string name, string singular, JsonObject[] properties) => new()
    {
        ["id"] = typeId[2..],
        ["objectTypeId"] = typeId,
        ["name"] = name,
        ["fullyQualifiedName"] = $"p1_{name}",
        ["labels"] = new JsonObject { ["singular"] = singular, ["plural"] = singular + "s" },
        ["requiredProperties"] = new JsonArray(),
        ["primaryDisplayProperty"] = (string)properties[0]["name"]!,
        ["properties"] = new JsonArray([.. properties]),
        ["associations"] = new JsonArray(),
        ["archived"] = false,
    };
}
