using System.Text.Json;
using Spoke.Agents.Tests.Fakes;
using Spoke.Associations;

namespace Spoke.Agents.Tests.Tools;

public sealed class AssociationAndSchemaToolTests
{
    private const string Associations = "manage_hubspot_associations";

    private readonly ToolHarness _harness = new();

    [Fact]
    public async Task Create_list_and_remove_an_association()
    {
        var created = await _harness.CallAsync(Associations, "admin", """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2"}""");
        var listed = await _harness.CallAsync(Associations, "admin", """{"action": "list", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies"}""");
        var removed = await _harness.CallAsync(Associations, "admin", """{"action": "remove", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2"}""");

        Assert.False(created.IsError, created.Text);
        Assert.Contains("\"toObjectId\":\"2\"", listed.Text, StringComparison.Ordinal);
        Assert.False(removed.IsError, removed.Text);
        Assert.Equal(3, _harness.Audit.Entries.Count);
    }

    [Fact]
    public async Task Unknown_label_lists_the_labels_defined_for_the_pair()
    {
        var result = await _harness.CallAsync(Associations, "admin", """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "Boss"}""");

        Assert.True(result.IsError);
        Assert.Contains("\"Decision maker\" (associationTypeId 30)", result.Text, StringComparison.Ordinal);
        Assert.Contains("\"Primary\" (associationTypeId 1)", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("createAssociation", _harness.HubSpot.Calls);
    }

    [Fact]
    public async Task Any_defined_label_is_used_for_create_even_one_no_record_uses_yet()
    {
        var result = await _harness.CallAsync(Associations, "admin", """{"action": "create", "fromObjectType": "contacts", "fromId": "1", "toObjectType": "companies", "toId": "2", "label": "billing contact"}""");

        Assert.Contains("\"type\":\"USER_DEFINED/31\"", result.Text, StringComparison.Ordinal);
        Assert.Contains(new AssociationSpec(AssociationCategory.UserDefined, 31), _harness.HubSpot.Between("contacts", "1", "companies", "2"));
    }

    [Fact]
    public async Task Association_writes_need_write_access_on_both_sides()
    {
        var result = await _harness.CallAsync(Associations, "support-bot", """{"action": "create", "fromObjectType": "tickets", "fromId": "1", "toObjectType": "contacts", "toId": "2"}""");

        Assert.True(result.IsError);
        Assert.DoesNotContain("createAssociation", _harness.HubSpot.Calls);
    }

    [Fact]
    public async Task Schema_is_grouped_and_cached()
    {
        var first = await _harness.CallAsync("get_hubspot_schema", "analyst", """{"objectType": "contacts"}""");
        await _harness.CallAsync("get_hubspot_schema", "analyst", """{"objectType": "contact"}""");

        using var json = JsonDocument.Parse(first.Text);
        var group = json.RootElement.GetProperty("groups")[0];
        Assert.Equal("contactinformation", group.GetProperty("name").GetString());
        Assert.Contains("\"readOnly\":true", first.Text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"customer\"", first.Text, StringComparison.Ordinal);
        Assert.Single(_harness.HubSpot.Calls, call => call == "properties");
    }
}
