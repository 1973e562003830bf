using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Diagnostics;

/// <summary>
/// One test per diagnostic the generator reports, each pinning the id, severity and the exact place in the snapshot
/// (file, 1-based line and column) where an IDE puts the squiggle.
/// </summary>
public sealed class DiagnosticLocationTests
{
    private const string Text = "\"fieldType\": \"text\", \"label\": \"L\", \"options\": []";

    [Fact]
    public void SPOKE001_malformed_json_points_at_the_offending_character()
    {
        var json = "{\"results\": [\n  {\"name\": \"a\",, \"type\": \"string\"}\n]}";

        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", json)), "SPOKE001");

        DiagnosticAssert.At(diagnostic, "tickets.json", line: 2, column: 16, DiagnosticSeverity.Error);
    }

    [Fact]
    public void SPOKE002_a_body_without_results_points_at_the_root()
    {
        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", "\n  {\"items\": []}")), "SPOKE002");

        DiagnosticAssert.At(diagnostic, "tickets.json", line: 2, column: 3, DiagnosticSeverity.Error);
    }

    [Fact]
    public void SPOKE003_a_property_without_a_type_points_at_the_property()
    {
        var json = $"{{\"results\": [\n{{\"name\": \"a\", \"type\": \"string\", {Text}}},\n{{\"name\": \"b\", {Text}}}\n]}}";

        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", json)), "SPOKE003");

        DiagnosticAssert.At(diagnostic, "tickets.json", line: 3, column: 1, DiagnosticSeverity.Warning);
        Assert.Contains("type", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE004_an_unknown_type_points_at_the_property()
    {
        var json = $"{{\"results\": [\n{{\"name\": \"a\", \"type\": \"string\", {Text}}},\n  {{\"name\": \"rich\", \"type\": \"rich_text\", {Text}}}\n]}}";

        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", json)), "SPOKE004");

        DiagnosticAssert.At(diagnostic, "tickets.json", line: 3, column: 3, DiagnosticSeverity.Info);
        Assert.Equal(
            "Property 'rich' in snapshot 'tickets' (at JSON path $.results[1]) has type 'rich_text' (fieldType 'text'), which has no typed mapping; it is generated as string",
            diagnostic.GetMessage());
    }

    [Fact]
    public void SPOKE005_a_duplicate_property_points_at_the_second_one()
    {
        var json = $"{{\"results\": [\n{{\"name\": \"a\", \"type\": \"string\", {Text}}},\n{{\"name\": \"a\", \"type\": \"number\", {Text}}}\n]}}";

        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", json)), "SPOKE005");

        DiagnosticAssert.At(diagnostic, "tickets.json", line: 3, column: 1, DiagnosticSeverity.Warning);
    }

    [Fact]
    public void SPOKE006_an_unknown_object_type_points_at_the_start_of_the_file()
    {
        var json = $"{{\"results\": [{{\"name\": \"a\", \"type\": \"string\", {Text}}}]}}";

        var diagnostic = DiagnosticAssert.Single(Run(("gadgets.json", json)), "SPOKE006");

        DiagnosticAssert.At(diagnostic, "gadgets.json", line: 1, column: 1, DiagnosticSeverity.Warning);
        Assert.Contains("gadgets", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE007_a_custom_object_without_a_name_points_at_the_schema()
    {
        var json = $"{{\"results\": [\n    {{\"objectTypeId\": \"2-9\", \"labels\": {{\"singular\": \"Gadget\"}}, \"properties\": [{{\"name\": \"a\", \"type\": \"string\", {Text}}}]}}\n]}}";

        var diagnostic = DiagnosticAssert.Single(Run(("schemas.json", json)), "SPOKE007");

        DiagnosticAssert.At(diagnostic, "schemas.json", line: 2, column: 5, DiagnosticSeverity.Warning);
    }

    [Fact]
    public void SPOKE008_a_duplicate_option_value_points_at_the_second_option()
    {
        var json = "{\"results\": [{\"name\": \"tier\", \"type\": \"enumeration\", \"fieldType\": \"select\", \"label\": \"Tier\", \"options\": [\n"
            + "  {\"label\": \"Gold\", \"value\": \"gold\"},\n"
            + "  {\"label\": \"Golden\", \"value\": \"gold\"}\n"
            + "]}]}";

        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", json)), "SPOKE008");

        DiagnosticAssert.At(diagnostic, "tickets.json", line: 3, column: 3, DiagnosticSeverity.Warning);
        Assert.Contains("(again at JSON path $.results[0].options[1])", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE009_a_multi_select_value_with_a_semicolon_points_at_the_property()
    {
        var json = "{\"results\": [\n\n {\"name\": \"tags\", \"type\": \"enumeration\", \"fieldType\": \"checkbox\", \"label\": \"Tags\", \"options\": [{\"label\": \"A or B\", \"value\": \"a;b\"}]}]}";

        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", json)), "SPOKE009");

        DiagnosticAssert.At(diagnostic, "tickets.json", line: 3, column: 2, DiagnosticSeverity.Warning);
        Assert.Contains("'tags' in snapshot 'tickets' (at JSON path $.results[0])", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE010_a_file_the_compiler_cannot_load_is_named_without_a_location()
    {
        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", null)), "SPOKE010");

        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("tickets", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE101_a_name_collision_points_at_the_property_that_gave_way()
    {
        var json = $"{{\"results\": [\n{{\"name\": \"email_2\", \"type\": \"string\", {Text}}},\n{{\"name\": \"email2\", \"type\": \"string\", {Text}}}\n]}}";

        var diagnostic = DiagnosticAssert.Single(Run(("contacts.json", json)), "SPOKE101");

        DiagnosticAssert.At(diagnostic, "contacts.json", line: 2, column: 1, DiagnosticSeverity.Info);
        Assert.Contains("email_2", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("(snapshot 'contacts', JSON path $.results[0])", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE102_a_name_without_letters_points_at_the_property()
    {
        var json = "{\"results\": [\n\n{\"name\": \"__\", \"type\": \"string\", \"fieldType\": \"text\", \"label\": \"!!\", \"options\": []}]}";

        var diagnostic = DiagnosticAssert.Single(Run(("tickets.json", json)), "SPOKE102");

        DiagnosticAssert.At(diagnostic, "tickets.json", line: 3, column: 1, DiagnosticSeverity.Info);
        Assert.Contains("(snapshot 'tickets', JSON path $.results[0])", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE201_an_invalid_namespace_is_reported_and_the_fallback_compiles()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("tickets.json", $"{{\"results\": [{{\"name\": \"a\", \"type\": \"string\", {Text}}}]}}")) with { Namespace = "My.1st.Namespace" });

        var diagnostic = DiagnosticAssert.Single(run, "SPOKE201");
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("My.1st.Namespace", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static GeneratorRun Run((string FileName, string? Json) snapshot) =>
        GeneratorHarness.Run(new GeneratorInput().WithFile(snapshot.FileName, snapshot.Json));
}
