using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Policy;

/// <summary>
/// A rule applies to its object type however the policy key and the call's argument spell it (name, singular, type id,
/// fully qualified custom name, any case), for every operation of every tool; unknown spellings never fall through to "*".
/// </summary>
public sealed class ObjectTypeSpellingTests
{
    private const string Agent = "probe";

    private static readonly string[] Rules = ["none", "read", "write", "delete"];

    [Fact]
    public async Task Every_spelling_as_key_and_as_argument_gets_the_rule_written_for_its_object_type()
    {
        var mismatches = new List<string>();
        foreach (var (objectType, spellings) in SpellingsOfEveryKnownObjectType())
        {
            foreach (var key in spellings)
            {
                foreach (var rule in Rules)
                {
                    var harness = new ToolHarness(PolicyWith(key, rule));
                    var recordId = harness.HubSpot.Add(objectType, new() { ["name"] = "seeded" });
                    foreach (var argument in spellings)
                    {
                        foreach (var operation in Operations(argument, recordId))
                        {
                            var callsBefore = harness.HubSpot.Calls.Count;
                            await harness.CallAsync(operation.Tool, Agent, operation.Arguments);
                            var entry = harness.Audit.Entries[^1];
                            var expected = Grants(rule, operation.Needs);
                            var denied = entry.Outcome == AuditOutcome.Denied;
                            if (denied == expected || (denied && harness.HubSpot.Calls.Count != callsBefore)
                                || (!denied && entry.Outcome is not (AuditOutcome.Succeeded or AuditOutcome.DryRun)))
                            {
                                mismatches.Add($"key '{key}': \"{rule}\", {operation.Name} with '{argument}': {entry.Outcome} {entry.Error}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} calls ignored their rule, e.g.:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [Theory]
    [InlineData("contacts ")]
    [InlineData(" contacts")]
    [InlineData("contacts\u0000")]
    [InlineData("contacts\t")]
    [InlineData("0-01")]
    [InlineData("00-1")]
    [InlineData("0-1 ")]
    [InlineData("contactss")]
    [InlineData("ｃｏｎｔａｃｔｓ")]
    [InlineData("contacts/")]
    [InlineData("contacts/../deals")]
    [InlineData("p_contacts")]
    [InlineData("p1_shipment")]
    [InlineData("p8675309_shipments")]
    [InlineData("2-3465404 ")]
    [InlineData("02-3465404")]
    public async Task A_spelling_that_names_no_known_object_type_is_refused_before_HubSpot(string objectType)
    {
        var harness = new ToolHarness("""{"agents": {"probe": {"contacts": "none", "shipment": "none", "*": {"access": "write", "delete": true}}}}""");

        var result = await harness.CallAsync("manage_hubspot_records", Agent, $$$"""{"action": "create", "objectType": {{{JsonSerializer.Serialize(objectType)}}}, "properties": {"firstname": "Eve"}}""");

        Assert.True(result.IsError);
        Assert.Equal(AuditOutcome.Invalid, Assert.Single(harness.Audit.Entries).Outcome);
        Assert.Empty(harness.HubSpot.Calls);
    }

    private static string PolicyWith(string key, string rule)
    {
        // The "*" rule is the opposite of the rule under test, so a rule that is skipped shows as the wrong answer.
        var other = rule == "delete" ? "\"none\"" : """{"access": "write", "delete": true}""";
        var written = rule == "delete" ? """{"access": "write", "delete": true}""" : $"\"{rule}\"";
        return "{\"agents\": {\"" + Agent + "\": {" + JsonSerializer.Serialize(key) + ": " + written + ", \"*\": " + other + "}}}";
    }

    private static bool Grants(string rule, string needs) => (rule, needs) switch
    {
        ("delete", _) => true,
        ("write", not "delete") => true,
        ("read", "read") => true,
        _ => false,
    };

    private static IEnumerable<(string Name, string Tool, string Needs, string Arguments)> Operations(string objectType, string id)
    {
        var type = JsonSerializer.Serialize(objectType);
        yield return ("search", "search_hubspot", "read", $$$"""{"objectType": {{{type}}}, "query": "seeded"}""");
        yield return ("get", "manage_hubspot_records", "read", $$$"""{"action": "get", "objectType": {{{type}}}, "id": "{{{id}}}"}""");
        yield return ("filter", "search_hubspot", "read", $$$"""{"objectType": {{{type}}}, "filterGroups": [{"filters": [{"propertyName": {{{JsonSerializer.Serialize("associations." + objectType)}}}, "operator": "EQ", "value": "{{{id}}}"}]}]}""");
        yield return ("schema", "get_hubspot_schema", "read", $$$"""{"objectType": {{{type}}}}""");
        yield return ("labels", "manage_hubspot_associations", "read", $$$"""{"action": "labels", "fromObjectType": {{{type}}}, "toObjectType": {{{type}}}}""");
        yield return ("list", "manage_hubspot_associations", "read", $$$"""{"action": "list", "fromObjectType": {{{type}}}, "fromId": "{{{id}}}", "toObjectType": {{{type}}}}""");
        yield return ("create", "manage_hubspot_records", "write", $$$"""{"action": "create", "objectType": {{{type}}}, "properties": {"name": "new"}}""");
        yield return ("create associated", "manage_hubspot_records", "write", $$$"""{"action": "create", "objectType": {{{type}}}, "properties": {"name": "new"}, "associations": [{"toObjectType": {{{type}}}, "toId": "{{{id}}}"}]}""");
        yield return ("update", "manage_hubspot_records", "write", $$$"""{"action": "update", "objectType": {{{type}}}, "id": "{{{id}}}", "properties": {"name": "changed"}}""");
        yield return ("upsert", "manage_hubspot_records", "write", $$$"""{"action": "upsert", "objectType": {{{type}}}, "idProperty": "name", "records": [{"id": "x", "properties": {}}]}""");
        yield return ("associate", "manage_hubspot_associations", "write", $$$"""{"action": "create", "fromObjectType": {{{type}}}, "fromId": "{{{id}}}", "toObjectType": {{{type}}}, "toId": "{{{id}}}"}""");
        yield return ("unlink", "manage_hubspot_associations", "write", $$$"""{"action": "remove", "fromObjectType": {{{type}}}, "fromId": "{{{id}}}", "toObjectType": {{{type}}}, "toId": "{{{id}}}"}""");
        yield return ("delete", "manage_hubspot_records", "delete", $$$"""{"action": "delete", "objectType": {{{type}}}, "id": "{{{id}}}", "dryRun": true}""");
    }

    /// <summary>Each standard object type Spoke knows and the custom object of the snapshots, with every spelling HubSpot accepts.</summary>
    private static IEnumerable<(string ObjectType, string[] Spellings)> SpellingsOfEveryKnownObjectType()
    {
        foreach (var type in CrmObjectType.All)
        {
            var singular = type.Name.EndsWith("ies", StringComparison.Ordinal) ? type.Name[..^3] + "y"
                : type.Name.EndsWith('s') ? type.Name[..^1]
                : type.Name;
            Assert.Equal(type, CrmObjectType.Parse(singular));
            yield return (type.Name, [type.Name, type.Name.ToUpperInvariant(), char.ToUpperInvariant(type.Name[0]) + type.Name[1..], singular, singular.ToUpperInvariant(), type.TypeId]);
        }

        yield return ("shipment", ["shipment", "SHIPMENT", "Shipment", "2-3465404", "p8675309_shipment", "P8675309_SHIPMENT", "p_shipment", "P_Shipment"]);
    }
}
