using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Diagnostics;

/// <summary>
/// The diagnostics about <c>spoke.json</c> (SPOKE202–204) and the type rename SPOKE103: each id, severity, the exact place in
/// the file, and what the generator does instead (ignores the file, ignores the entry, keeps the generated name).
/// </summary>
public sealed class OverrideDiagnosticTests
{
    private const string NotAnIdentifier = "it is not a C# identifier";

    private const string Tickets = """
        {"results": [
          {"name": "subject", "type": "string", "fieldType": "text", "label": "Subject", "options": []},
          {"name": "hs_ticket_priority", "type": "enumeration", "fieldType": "select", "label": "Priority", "options": [
            {"label": "High", "value": "HIGH"}, {"label": "Low", "value": "LOW"}]}
        ]}
        """;

    [Fact]
    public void SPOKE202_malformed_json_points_at_the_offending_character_and_the_file_is_ignored()
    {
        var run = Run("""
            {"objects": {
              "tickets": {"typeName": "Case",}
            }}
            """);

        var diagnostic = Single(run, "SPOKE202");

        AssertAt(diagnostic, line: 2, column: 34, DiagnosticSeverity.Error);
        Assert.Contains("tickets.Ticket.g.cs", run.HintNames);
        Assert.DoesNotContain(run.HintNames, hint => hint.Contains("Case", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[]", 1, 1, "$")]
    [InlineData("{\"objects\": []}", 1, 13, "$.objects")]
    [InlineData("{\"objects\": {\"tickets\": 3}}", 1, 25, "$.objects.tickets")]
    [InlineData("{\"objects\": {\"tickets\": {\"properties\": []}}}", 1, 40, "$.objects.tickets.properties")]
    [InlineData("{\"objects\": {\"tickets\": {\"properties\": {\"subject\": \"Title\"}}}}", 1, 52, "$.objects.tickets.properties.subject")]
    [InlineData("{\"objects\": {\"tickets\": {\"properties\": {\"hs_ticket_priority\": {\"options\": [\"Top\"]}}}}}", 1, 75, "$.objects.tickets.properties.hs_ticket_priority.options")]
    public void SPOKE202_a_member_of_the_wrong_shape_names_its_json_path(string overrides, int line, int column, string jsonPath)
    {
        var diagnostic = Single(Run(overrides), "SPOKE202");

        AssertAt(diagnostic, line, column, DiagnosticSeverity.Error);
        Assert.Contains($"(at JSON path {jsonPath})", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE203_an_unknown_object_type_points_at_its_entry()
    {
        var diagnostic = Single(Run("""
            {"objects": {
              "tickets": {"typeName": "Case"},
              "gadgets": {"typeName": "Gizmo"}
            }}
            """), "SPOKE203");

        AssertAt(diagnostic, line: 3, column: 14, DiagnosticSeverity.Warning);
        Assert.Equal("spoke.json: the override at JSON path $.objects.gadgets names 'gadgets', which no snapshot has", diagnostic.GetMessage());
    }

    [Fact]
    public void SPOKE203_an_unknown_property_points_at_its_entry()
    {
        var diagnostic = Single(Run("""
            {"objects": {"tickets": {"properties": {
              "subjekt": {"name": "Title"}
            }}}}
            """), "SPOKE203");

        AssertAt(diagnostic, line: 2, column: 14, DiagnosticSeverity.Warning);
        Assert.Contains("'subjekt'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SPOKE203_an_unknown_option_value_points_at_its_entry_and_quotes_an_awkward_key()
    {
        var diagnostic = Single(Run("""
            {"objects": {"tickets": {"properties": {"hs_ticket_priority": {"options": {
              "HIGH": "Urgent",
              "very.high": "Critical"
            }}}}}}
            """), "SPOKE203");

        AssertAt(diagnostic, line: 3, column: 16, DiagnosticSeverity.Warning);
        Assert.Contains("$.objects.tickets.properties.hs_ticket_priority.options['very.high']", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"objects\": {\"tickets\": {\"typeName\": \"class\"}}}", 1, 38, "class", "$.objects.tickets.typeName", "it is a C# keyword")]
    [InlineData("{\"objects\": {\"tickets\": {\"typeName\": \"2Fast\"}}}", 1, 38, "2Fast", "$.objects.tickets.typeName", NotAnIdentifier)]
    [InlineData("{\"objects\": {\"tickets\": {\"properties\": {\"subject\": {\"name\": \"Sub ject\"}}}}}", 1, 61, "Sub ject", "$.objects.tickets.properties.subject.name", NotAnIdentifier)]
    [InlineData("{\"objects\": {\"tickets\": {\"properties\": {\"hs_ticket_priority\": {\"enumName\": 7}}}}}", 1, 76, "7", "$.objects.tickets.properties.hs_ticket_priority.enumName", NotAnIdentifier)]
    [InlineData("{\"objects\": {\"tickets\": {\"properties\": {\"hs_ticket_priority\": {\"options\": {\"HIGH\": \"\"}}}}}}", 1, 84, "", "$.objects.tickets.properties.hs_ticket_priority.options.HIGH", NotAnIdentifier)]
    public void SPOKE204_an_invalid_name_points_at_it_and_the_generated_name_is_kept(string overrides, int line, int column, string name, string jsonPath, string reason)
    {
        var run = Run(overrides);

        var diagnostic = Single(run, "SPOKE204");

        AssertAt(diagnostic, line, column, DiagnosticSeverity.Warning);
        Assert.Equal($"spoke.json: '{name}' at JSON path {jsonPath} cannot be used: {reason}; the generated name is kept", diagnostic.GetMessage());
        Assert.Contains("tickets.Ticket.g.cs", run.HintNames);
    }

    [Fact]
    public void SPOKE103_a_custom_object_displaced_by_a_standard_type_name_points_at_its_schema_and_is_renamed()
    {
        var schemas = """
            {"results": [{"objectTypeId": "2-77", "name": "support_ticket", "labels": {"singular": "Ticket", "plural": "Tickets"},
              "properties": [{"name": "code", "type": "string", "fieldType": "text", "label": "Code", "options": []}]}]}
            """;
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("tickets.json", Tickets), ("schemas.json", schemas)));

        var diagnostic = Single(run, "SPOKE103");

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(
            (GeneratorInput.PathOf("schemas.json"), 1, 14, DiagnosticSeverity.Warning),
            (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Severity));
        Assert.StartsWith(
            "Object type 'support_ticket' (2-77) would generate type 'Ticket', which is already used by object type 'tickets' (0-5); it is named '",
            diagnostic.GetMessage(),
            StringComparison.Ordinal);
        Assert.Contains("(snapshot 'schemas', JSON path $.results[0])", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("tickets.Ticket.g.cs", run.HintNames);
        Assert.Contains(run.HintNames, hint => hint.StartsWith("schemas.", StringComparison.Ordinal) && hint != "schemas.Ticket.g.cs");
    }

    private static GeneratorRun Run(string overrides) =>
        GeneratorHarness.Run(GeneratorInput.ForSnapshots(("tickets.json", Tickets)).WithFile("spoke.json", overrides));

    private static Diagnostic Single(GeneratorRun run, string id)
    {
        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got: {string.Join(Environment.NewLine, run.Diagnostics)}");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SPOKE006");
        return matching[0];
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column, DiagnosticSeverity severity)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(
            (GeneratorInput.PathOf("spoke.json"), line, column, severity),
            (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Severity));
    }
}
