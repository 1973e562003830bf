using System.Text.Json.Nodes;

namespace Spoke.Agents.Tests.Schemas;

/// <summary>
/// The input schemas as served compile under ajv's strict mode, accept every value HubSpot accepts, and refuse calls that
/// miss what their action needs, so a client that validates before sending neither breaks nor blocks a good call.
/// </summary>
public sealed class StrictSchemaTests : IClassFixture<ServedTools>
{
    private const string Records = "manage_hubspot_records";
    private const string Search = "search_hubspot";
    private const string Associations = "manage_hubspot_associations";
    private const string Schema = "get_hubspot_schema";
    private const string Owners = "search_hubspot_owners";
    private const string Access = "get_hubspot_access";

    private readonly ServedTools _served;

    private static readonly SchemaCase[] AcceptedArguments =
    [
        Case("multi-select values", Records, """{"action": "update", "objectType": "tickets", "id": "1", "properties": {"hs_ticket_category": "PRODUCT_ISSUE;BILLING_ISSUE"}}"""),
        Case("multi-select append", Records, """{"action": "update", "objectType": "tickets", "id": "1", "properties": {"hs_ticket_category": ";FEATURE_REQUEST"}}"""),
        Case("null clears", Records, """{"action": "update", "objectType": "tickets", "id": "1", "properties": {"hs_ticket_priority": null}}"""),
        Case("empty string clears", Records, """{"action": "update", "objectType": "tickets", "id": "1", "properties": {"hs_ticket_priority": ""}}"""),
        Case("JSON true for a boolean", Records, """{"action": "update", "objectType": "tickets", "id": "1", "properties": {"hs_is_escalated": true}}"""),
        Case("JSON false for a boolean", Records, """{"action": "update", "objectType": "companies", "id": "1", "properties": {"is_public": false}}"""),
        Case("number", Records, """{"action": "update", "objectType": "deals", "id": "1", "properties": {"amount": 1500.5}}"""),
        Case("numeric string", Records, """{"action": "update", "objectType": "deals", "id": "1", "properties": {"amount": "1500.5"}}"""),
        Case("datetime as ISO", Records, """{"action": "update", "objectType": "deals", "id": "1", "properties": {"closedate": "2026-12-01T10:00:00.000Z"}}"""),
        Case("datetime as epoch millis", Records, """{"action": "update", "objectType": "deals", "id": "1", "properties": {"closedate": 1764583200000}}"""),
        Case("datetime as epoch millis text", Records, """{"action": "update", "objectType": "deals", "id": "1", "properties": {"closedate": "1764583200000"}}"""),
        Case("date as ISO", Records, """{"action": "update", "objectType": "tickets", "id": "1", "properties": {"hs_due_date": "2026-12-01"}}"""),
        Case("option outside the snapshot", Records, """{"action": "update", "objectType": "deals", "id": "1", "properties": {"dealstage": "stage-added-yesterday"}}"""),
        Case("custom object by type id", Records, """{"action": "create", "objectType": "2-3465404", "properties": {"shipment_number": "S-1", "weight_kg": 2.5, "is_insured": true}}"""),
        Case("create with associations", Records, """{"action": "create", "objectType": "contacts", "properties": {"email": "ada@example.com"}, "associations": [{"toObjectType": "companies", "toId": "7"}], "dryRun": true}"""),
        Case("get by id", Records, """{"action": "get", "objectType": "contact", "id": "1", "propertiesToReturn": ["email"], "archived": true}"""),
        Case("get by unique property", Records, """{"action": "get", "objectType": "contacts", "id": "ada@example.com", "idProperty": "email"}"""),
        Case("get many by id", Records, """{"action": "get", "objectType": "contacts", "ids": ["1", "2", "3"]}"""),
        Case("upsert", Records, """{"action": "upsert", "objectType": "contacts", "idProperty": "email", "records": [{"id": "ada@example.com", "properties": {"firstname": "Ada", "hs_buying_role": "CHAMPION;END_USER"}}]}"""),
        Case("delete", Records, """{"action": "delete", "objectType": "deals", "id": "1", "dryRun": true}"""),
        Case("full-text query", Search, """{"objectType": "contacts", "query": "ada"}"""),
        Case("number filter value", Search, """{"objectType": "deals", "filterGroups": [{"filters": [{"propertyName": "amount", "operator": "GT", "value": 1000}]}]}"""),
        Case("boolean filter value", Search, """{"objectType": "tickets", "filterGroups": [{"filters": [{"propertyName": "hs_is_escalated", "operator": "EQ", "value": true}]}]}"""),
        Case("epoch millis range", Search, """{"objectType": "deals", "filterGroups": [{"filters": [{"propertyName": "closedate", "operator": "BETWEEN", "value": "1764547200000", "highValue": 1767225600000}]}], "sorts": [{"propertyName": "closedate", "direction": "DESCENDING"}], "limit": 200, "after": "200"}"""),
        Case("IN with numbers", Search, """{"objectType": "deals", "filterGroups": [{"filters": [{"propertyName": "amount", "operator": "IN", "values": [100, "200"]}]}], "properties": ["amount"]}"""),
        Case("association filter", Search, """{"objectType": "deals", "filterGroups": [{"filters": [{"propertyName": "associations.company", "operator": "EQ", "value": "123"}]}]}"""),
        Case("labels", Associations, """{"action": "labels", "fromObjectType": "contacts", "toObjectType": "companies"}"""),
        Case("list", Associations, """{"action": "list", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "limit": 500, "after": "x"}"""),
        Case("create with a label", Associations, """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "Decision maker"}"""),
        Case("remove one type", Associations, """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "associationTypeId": 279, "associationCategory": "USER_DEFINED", "dryRun": true}"""),
        Case("schema of a group", Schema, """{"objectType": "contacts", "group": "contactinformation"}"""),
        Case("schema by keywords", Schema, """{"objectType": "contacts", "query": "renewal date"}"""),
        Case("one pipeline's stages", Schema, """{"objectType": "deals", "pipeline": "Sales Pipeline"}"""),
        Case("owners by name", Owners, """{"query": "ana", "limit": 5}"""),
        Case("what may I do", Access, """{}"""),
    ];

    private static readonly SchemaCase[] RefusedArguments =
    [
        Case("unknown action", Records, """{"action": "merge", "objectType": "contacts", "id": "1"}"""),
        Case("missing objectType", Records, """{"action": "get", "id": "1"}"""),
        Case("missing action", Records, """{"objectType": "contacts", "id": "1"}"""),
        Case("get without id", Records, """{"action": "get", "objectType": "contacts"}"""),
        Case("get with more than 100 ids", Records, "{\"action\": \"get\", \"objectType\": \"contacts\", \"ids\": [" + string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"{i}\"")) + "]}"),
        Case("create without properties", Records, """{"action": "create", "objectType": "contacts"}"""),
        Case("update without id", Records, """{"action": "update", "objectType": "contacts", "properties": {"firstname": "Ada"}}"""),
        Case("update without properties", Records, """{"action": "update", "objectType": "contacts", "id": "1"}"""),
        Case("upsert without idProperty", Records, """{"action": "upsert", "objectType": "contacts", "records": [{"id": "a@example.com", "properties": {}}]}"""),
        Case("upsert without records", Records, """{"action": "upsert", "objectType": "contacts", "idProperty": "email"}"""),
        Case("delete without id", Records, """{"action": "delete", "objectType": "contacts"}"""),
        Case("properties as an array", Records, """{"action": "create", "objectType": "contacts", "properties": [{"firstname": "Ada"}]}"""),
        Case("a value that is an object", Records, """{"action": "create", "objectType": "contacts", "properties": {"firstname": {"value": "Ada"}}}"""),
        Case("association without toId", Records, """{"action": "create", "objectType": "contacts", "properties": {"firstname": "Ada"}, "associations": [{"toObjectType": "companies"}]}"""),
        Case("upsert of too many records", Records, "{\"action\": \"upsert\", \"objectType\": \"contacts\", \"idProperty\": \"email\", \"records\": [" + string.Join(", ", Enumerable.Range(0, HubSpotLimits.MaxBatchSize + 1).Select(i => $"{{\"id\": \"{i}@example.com\", \"properties\": {{}}}}")) + "]}"),
        Case("search without objectType", Search, """{"query": "ada"}"""),
        Case("unknown operator", Search, """{"objectType": "contacts", "filterGroups": [{"filters": [{"propertyName": "email", "operator": "LIKE", "value": "a"}]}]}"""),
        Case("filter without operator", Search, """{"objectType": "contacts", "filterGroups": [{"filters": [{"propertyName": "email", "value": "a"}]}]}"""),
        Case("limit above HubSpot's", Search, """{"objectType": "contacts", "limit": 201}"""),
        Case("two sorts", Search, """{"objectType": "contacts", "sorts": [{"propertyName": "email"}, {"propertyName": "firstname"}]}"""),
        Case("association create without toId", Associations, """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies"}"""),
        Case("association remove without toId", Associations, """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies"}"""),
        Case("association list without fromId", Associations, """{"action": "list", "fromObjectType": "contacts", "toObjectType": "companies"}"""),
        Case("association without toObjectType", Associations, """{"action": "labels", "fromObjectType": "contacts"}"""),
        Case("unknown association action", Associations, """{"action": "merge", "fromObjectType": "contacts", "toObjectType": "companies"}"""),
        Case("unknown association category", Associations, """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "associationTypeId": 1, "associationCategory": "MINE"}"""),
        Case("schema without objectType", Schema, """{"group": "contactinformation"}"""),
    ];

    public StrictSchemaTests(ServedTools served) => _served = served;

    [NodeFact]
    public async Task Every_served_input_and_output_schema_compiles_under_ajv_strict_mode()
    {
        var report = await StrictJsonSchema.ValidateAsync(_served.Tools);

        Assert.Equal(6, report.Schemas.Keys.Count(key => key.EndsWith(".inputSchema", StringComparison.Ordinal)));
        Assert.Equal(6, report.Schemas.Keys.Count(key => key.EndsWith(".outputSchema", StringComparison.Ordinal)));
        Assert.All(report.Schemas, schema => Assert.True(schema.Value is null, $"{schema.Key} does not compile under ajv strict mode: {schema.Value}"));
    }

    [NodeFact]
    public async Task Arguments_HubSpot_accepts_pass_the_schemas()
    {
        var report = await StrictJsonSchema.ValidateAsync(_served.Tools, arguments: AcceptedArguments);

        Assert.Equal(AcceptedArguments.Length, report.Arguments.Count);
        Assert.Empty(report.Arguments.Where(verdict => verdict.Valid != true).Select(verdict => $"{verdict.Name}: {verdict.Errors}"));
    }

    [NodeFact]
    public async Task Arguments_missing_what_their_action_needs_fail_the_schemas()
    {
        var report = await StrictJsonSchema.ValidateAsync(_served.Tools, arguments: RefusedArguments);

        Assert.Equal(RefusedArguments.Length, report.Arguments.Count);
        Assert.Empty(report.Arguments.Where(verdict => verdict.Valid != false).Select(verdict => $"{verdict.Name}: {verdict.Errors}"));
    }

    private static SchemaCase Case(string name, string tool, string arguments) => new(name, tool, JsonNode.Parse(arguments)!);
}
