using System.Net.Http.Headers;
using System.Text;
using Spoke.Schema;

namespace Spoke.Runtime.Tests.Emulated;

public sealed class SchemaTests
{
    [Fact]
    public async Task Reads_live_properties_with_groups_types_and_options()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var schema = await hub.Client.Schema.GetSchemaAsync(CrmObjectType.Contacts);

        Assert.True(schema.Find("email")!.HasUniqueValue);
        var stage = schema.Find("lifecyclestage")!;
        Assert.Equal("enumeration", stage.Type);
        Assert.Contains(stage.Options, option => option.Value == "customer");
        Assert.Contains(schema.Groups, group => group.Properties.Contains(stage));
    }

    [Fact]
    public async Task Reads_the_schema_of_a_custom_object_by_type_id()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var schema = await hub.Client.Schema.GetSchemaAsync(CrmObjectType.Custom("shipment", "2-3465404"));

        Assert.NotEmpty(schema.Properties);
    }

    [Fact]
    public async Task Drift_from_the_snapshot_is_reported_when_the_account_gains_a_property()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var generatedFrom = new CrmObjectSchema(CrmObjectType.Contacts, CrmPropertyReader.ReadAll(await File.ReadAllBytesAsync(SnapshotFiles.PathOf("contacts.json"))));

        Assert.False((await hub.Client.Schema.GetDriftAsync(generatedFrom)).HasDrift);

        await CreatePropertyAsync(hub, """{"name":"loyalty_tier","label":"Loyalty tier","type":"string","fieldType":"text","groupName":"contactinformation"}""");
        var drift = await hub.Client.Schema.GetDriftAsync(generatedFrom);

        var difference = Assert.Single(drift.Differences);
        Assert.Equal((SchemaDifferenceKind.PropertyAdded, "loyalty_tier"), (difference.Kind, difference.PropertyName));
        Assert.False(drift.HasBreakingChanges);
    }

    private static async Task CreatePropertyAsync(EmulatedHub hub, string json)
    {
        using var http = hub.Emulator.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await http.PostAsync(new Uri("crm/v3/properties/contacts", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
    }
}
