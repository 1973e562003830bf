using System.Text.Json;
using Spoke.Agents.Tests.Fakes;
using Spoke.Associations;

namespace Spoke.Agents.Tests.Tools;

public sealed class AssociationLabelToolTests
{
    private const string Associations = "manage_hubspot_associations";

    private static readonly AssociationSpec DecisionMaker = new(AssociationCategory.UserDefined, 30);

    private readonly ToolHarness _harness = new();

    [Fact]
    public async Task Labels_lists_every_type_defined_between_two_object_types_without_a_record()
    {
        var result = await _harness.CallAsync(Associations, "analyst", """{"action": "labels", "fromObjectType": "contact", "toObjectType": "companies"}""");

        Assert.False(result.IsError, result.Text);
        using var json = JsonDocument.Parse(result.Text);
        var types = json.RootElement.GetProperty("types").EnumerateArray().ToList();
        Assert.Equal([279, 1, 30, 31], types.Select(type => type.GetProperty("typeId").GetInt32()));
        Assert.False(types[0].TryGetProperty("label", out _));
        Assert.Equal("Decision maker", types[2].GetProperty("label").GetString());
        Assert.Equal("labels", Assert.Single(_harness.Audit.Entries).Action);
    }

    [Fact]
    public async Task Remove_with_a_label_removes_only_that_label()
    {
        _harness.HubSpot.Associate("contacts", "1", "companies", "2", DecisionMaker);

        var result = await _harness.CallAsync(Associations, "admin", """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "Decision maker"}""");

        Assert.False(result.IsError, result.Text);
        Assert.Contains("\"removedLabel\"", result.Text, StringComparison.Ordinal);
        Assert.Equal([new AssociationSpec(AssociationCategory.HubSpotDefined, 279)], _harness.HubSpot.Between("contacts", "1", "companies", "2"));
    }

    [Fact]
    public async Task Remove_with_an_associationTypeId_looks_up_its_category_and_removes_only_that_type()
    {
        _harness.HubSpot.Associate("contacts", "1", "companies", "2", DecisionMaker);

        var result = await _harness.CallAsync(Associations, "admin", """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "associationTypeId": 30}""");

        Assert.Contains("\"type\":\"USER_DEFINED/30\"", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DecisionMaker, _harness.HubSpot.Between("contacts", "1", "companies", "2"));
        Assert.NotEmpty(_harness.HubSpot.Between("contacts", "1", "companies", "2"));
    }

    [Fact]
    public async Task Remove_without_a_label_removes_every_association_between_the_records()
    {
        _harness.HubSpot.Associate("contacts", "1", "companies", "2", DecisionMaker);

        var result = await _harness.CallAsync(Associations, "admin", """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2"}""");

        Assert.Contains("\"removed\"", result.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.HubSpot.Between("contacts", "1", "companies", "2"));
    }

    [Fact]
    public async Task An_associationTypeId_the_pair_does_not_define_names_the_valid_labels()
    {
        var result = await _harness.CallAsync(Associations, "admin", """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "associationTypeId": 280}""");

        Assert.True(result.IsError);
        Assert.Contains("280 is not an association type from contacts to companies", result.Text, StringComparison.Ordinal);
        Assert.Contains("\"Billing contact\" (associationTypeId 31)", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Label_and_associationTypeId_together_are_refused()
    {
        var result = await _harness.CallAsync(Associations, "admin", """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "Decision maker", "associationTypeId": 30}""");

        Assert.True(result.IsError);
        Assert.Contains("either label or associationTypeId", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_remove_of_a_label_says_the_other_types_stay()
    {
        _harness.HubSpot.Associate("contacts", "1", "companies", "2", DecisionMaker);

        var result = await _harness.CallAsync(Associations, "admin", """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "Decision maker", "dryRun": true}""");

        Assert.Contains("remove USER_DEFINED/30 only", result.Text, StringComparison.Ordinal);
        Assert.Contains(DecisionMaker, _harness.HubSpot.Between("contacts", "1", "companies", "2"));
    }

    [Fact]
    public async Task List_returns_one_page_and_the_after_cursor_of_the_next()
    {
        foreach (var company in new[] { "11", "12", "13" })
        {
            _harness.HubSpot.Associate("contacts", "1", "companies", company, null);
        }

        var first = await _harness.CallAsync(Associations, "analyst", """{"action": "list", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "limit": 2}""");
        using var firstJson = JsonDocument.Parse(first.Text);
        var after = firstJson.RootElement.GetProperty("after").GetString();
        var second = await _harness.CallAsync(Associations, "analyst", $$"""{"action": "list", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "limit": 2, "after": "{{after}}"}""");
        using var secondJson = JsonDocument.Parse(second.Text);

        Assert.Equal(2, firstJson.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal("13", Assert.Single(secondJson.RootElement.GetProperty("results").EnumerateArray()).GetProperty("toObjectId").GetString());
        Assert.False(secondJson.RootElement.TryGetProperty("after", out _));
    }

    [Fact]
    public void Descriptions_tell_the_model_where_labels_are_and_what_remove_removes()
    {
        var associations = _harness.Tool(Associations);
        var schema = _harness.Tool("get_hubspot_schema");

        Assert.Contains("without them it removes EVERY association", associations.Description, StringComparison.Ordinal);
        Assert.Contains("action 'labels'", schema.Description, StringComparison.Ordinal);
        var properties = associations.InputSchema.GetProperty("properties");
        Assert.Equal(HubSpotLimits.MaxAssociationsPageSize, properties.GetProperty("limit").GetProperty("maximum").GetInt32());
        Assert.True(properties.TryGetProperty("after", out _));
        Assert.Contains("labels", properties.GetProperty("action").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
    }
}
