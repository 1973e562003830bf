using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>
/// What <c>spoke.json</c> changes in the generated code: type, member, enum and option names, and exclusions; the wire names
/// stay HubSpot's.
/// </summary>
public sealed class OverridesTests
{
    private const string Tickets = """
        {"results": [
          {"name": "subject", "type": "string", "fieldType": "text", "label": "Subject", "options": []},
          {"name": "internal_notes", "type": "string", "fieldType": "textarea", "label": "Internal notes", "options": []},
          {"name": "hs_ticket_priority", "type": "enumeration", "fieldType": "select", "label": "Priority", "options": [
            {"label": "High", "value": "HIGH"}, {"label": "Low", "value": "LOW"}]}
        ]}
        """;

    private const string Schemas = """
        {"results": [{"objectTypeId": "2-77", "name": "shipment", "labels": {"singular": "Shipment", "plural": "Shipments"},
          "properties": [{"name": "code", "type": "string", "fieldType": "text", "label": "Code", "options": []}]}]}
        """;

    private const string Overrides = """
        {"objects": {
          "tickets": {
            "typeName": "Case",
            "properties": {
              "subject": {"name": "Title"},
              "internal_notes": {"exclude": true},
              "hs_ticket_priority": {"name": "Urgency", "enumName": "CaseUrgency", "options": {"HIGH": "Top"}}
            }
          },
          "2-77": {"exclude": true}
        }}
        """;

    private static readonly GeneratorRun Generated = GeneratorHarness.Run(
        GeneratorInput.ForSnapshots(("tickets.json", Tickets), ("schemas.json", Schemas)).WithFile("spoke.json", Overrides));

    [Fact]
    public void Renamed_type_member_enum_and_option_are_what_user_code_compiles_against()
    {
        var errors = Generated.CompileWith("""
            using Tests.HubSpot;

            static class Usage
            {
                static string? Title(Case record) => record.Title;

                static bool IsTop(Case record) => record.Urgency?.Value == CaseUrgency.Top && CaseUrgency.Low.ToWireValue() == "LOW";

                static string[] WireNames() => new[] { Case.Properties.Title, Case.Properties.Urgency };
            }
            """);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("static string? F(Tests.HubSpot.Ticket record) => null;", "CS0234")]
    [InlineData("static string? F(Tests.HubSpot.Case record) => record.Subject;", "CS1061")]
    [InlineData("static string? F(Tests.HubSpot.Case record) => record.InternalNotes;", "CS1061")]
    [InlineData("static object F() => Tests.HubSpot.CaseUrgency.High;", "CS0117")]
    [InlineData("static object? F() => null as Tests.HubSpot.Shipment;", "CS0234")]
    public void Replaced_and_excluded_names_no_longer_exist(string member, string expectedError)
    {
        var errors = Generated.CompileWith($"static class Usage {{ {member} }}");

        Assert.Contains(errors, error => error.Id == expectedError);
    }

    [Fact]
    public void Renamed_members_keep_their_wire_names()
    {
        var record = Generated.SourceOf("tickets.Case.g.cs");

        Assert.Contains("public const string Title = \"subject\";", record, StringComparison.Ordinal);
        Assert.Contains("public const string Urgency = \"hs_ticket_priority\";", record, StringComparison.Ordinal);
        Assert.DoesNotContain("internal_notes", record, StringComparison.Ordinal);
        Assert.Contains("\"HIGH\"", Generated.SourceOf("tickets.CaseUrgency.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_overrides_file_reports_nothing()
    {
        Assert.Empty(Generated.Diagnostics);
    }
}
