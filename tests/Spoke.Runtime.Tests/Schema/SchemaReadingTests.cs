using System.Text;
using Spoke.Schema;

namespace Spoke.Runtime.Tests.Schema;

public sealed class SchemaReadingTests
{
    private const string PropertiesJson = """
        {"results":[
          {"name":"lifecyclestage","label":"Lifecycle Stage","type":"enumeration","fieldType":"radio","description":"The stage","groupName":"contactinformation",
           "options":[{"label":"Lead","value":"lead","displayOrder":1,"hidden":false},{"label":"Customer","value":"customer","displayOrder":2,"hidden":false}],
           "displayOrder":2,"hasUniqueValue":false,"hubspotDefined":true,"modificationMetadata":{"archivable":true,"readOnlyDefinition":true,"readOnlyValue":false}},
          {"name":"email","label":"Email","type":"string","fieldType":"text","description":"","groupName":"contactinformation","options":[],"displayOrder":1,"hasUniqueValue":true},
          {"name":"hs_object_id","label":"Record ID","type":"number","fieldType":"number","groupName":"contactinformation","options":[],"displayOrder":-1,
           "modificationMetadata":{"readOnlyValue":true},"calculated":false}
        ]}
        """;

    [Fact]
    public void Reads_every_property_with_its_options_and_flags()
    {
        var schema = new CrmObjectSchema(CrmObjectType.Contacts, CrmPropertyReader.ReadAll(Encoding.UTF8.GetBytes(PropertiesJson)));

        var stage = schema.Find("lifecyclestage")!;
        Assert.Equal(("enumeration", "radio", "Lifecycle Stage"), (stage.Type, stage.FieldType, stage.Label));
        Assert.Equal(["lead", "customer"], stage.Options.Select(option => option.Value));
        Assert.True(schema.Find("email")!.HasUniqueValue);
        Assert.Null(schema.Find("email")!.Description);
        Assert.True(schema.Find("hs_object_id")!.ReadOnlyValue);
    }

    [Fact]
    public void Groups_list_properties_in_display_order_with_negative_orders_last()
    {
        var schema = new CrmObjectSchema(CrmObjectType.Contacts, CrmPropertyReader.ReadAll(Encoding.UTF8.GetBytes(PropertiesJson)));

        var group = Assert.Single(schema.Groups);
        Assert.Equal(["email", "lifecyclestage", "hs_object_id"], group.Properties.Select(property => property.Name));
    }

    [Fact]
    public void Drift_reports_removed_added_retyped_properties_and_option_changes()
    {
        var expected = new CrmObjectSchema(CrmObjectType.Contacts,
        [
            Property("email", "string"),
            Property("fax", "string"),
            Property("score", "number"),
            Property("stage", "enumeration", "lead", "customer"),
        ]);
        var live = new CrmObjectSchema(CrmObjectType.Contacts,
        [
            Property("email", "string"),
            Property("score", "string"),
            Property("stage", "enumeration", "lead", "evangelist"),
            Property("nickname", "string"),
        ]);

        var drift = SchemaDrift.Compare(expected, live);

        Assert.True(drift.HasBreakingChanges);
        Assert.Equal(
            [
                (SchemaDifferenceKind.PropertyRemoved, "fax"),
                (SchemaDifferenceKind.PropertyAdded, "nickname"),
                (SchemaDifferenceKind.TypeChanged, "score"),
                (SchemaDifferenceKind.OptionRemoved, "stage"),
                (SchemaDifferenceKind.OptionAdded, "stage"),
            ],
            drift.Differences.Select(difference => (difference.Kind, difference.PropertyName)));
    }

    [Fact]
    public void Identical_schemas_have_no_drift()
    {
        var schema = new CrmObjectSchema(CrmObjectType.Deals, [Property("dealname", "string")]);

        Assert.False(SchemaDrift.Compare(schema, schema).HasDrift);
    }

    private static CrmProperty Property(string name, string type, params string[] options) => new()
    {
        Name = name,
        Label = name,
        Type = type,
        FieldType = "text",
        GroupName = "g",
        Options = [.. options.Select(value => new CrmPropertyOption(value, value, null, 0, false))],
    };
}
