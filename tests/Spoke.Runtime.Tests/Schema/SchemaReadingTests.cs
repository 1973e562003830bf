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
    public void A_custom_object_schema_s_bare_properties_array_reads_as_the_properties_response_does()
    {
        var bareArray = PropertiesJson.Trim()["{\"results\":".Length..^1];

        var fromArray = CrmObjectSchema.FromPropertiesJson(CrmObjectType.Custom("shipment", "2-3465404"), bareArray);
        var fromResponse = CrmObjectSchema.FromPropertiesJson(CrmObjectType.Contacts, PropertiesJson);

        Assert.Equivalent(fromResponse.Properties, fromArray.Properties, strict: true);
        Assert.Equal(3, fromArray.Properties.Count);
    }

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
    public void Drift_reports_field_type_read_only_and_relabel_changes_breaking_only_where_generated_code_cannot_follow()
    {
        var expected = new CrmObjectSchema(CrmObjectType.Contacts,
        [
            Property("notes", "string") with { FieldType = "text" },
            Property("tags", "enumeration", "a") with { FieldType = "select" },
            Property("score", "number") with { ReadOnlyValue = true },
            Property("total", "number"),
            Property("owner_name", "string"),
            Property("stage", "enumeration", "lead", "customer"),
            Property("opted_in", "bool", "true", "false"),
        ]);
        var live = new CrmObjectSchema(CrmObjectType.Contacts,
        [
            Property("notes", "string") with { FieldType = "textarea" },
            Property("tags", "enumeration", "a") with { FieldType = "checkbox" },
            Property("score", "number"),
            Property("total", "number") with { Calculated = true },
            Property("owner_name", "string") with { ReadOnlyValue = true },
            Property("stage", "enumeration", "lead", "customer") with
            {
                Options = [new CrmPropertyOption("lead", "Hubspot lead", null, 0, false), new CrmPropertyOption("customer", "customer", null, 1, false)],
            },
            Property("opted_in", "bool", "true", "false") with
            {
                Options = [new CrmPropertyOption("true", "Yes", null, 0, false), new CrmPropertyOption("false", "No", null, 1, false)],
            },
        ]);

        var drift = SchemaDrift.Compare(expected, live);

        Assert.Equal(
            [
                (SchemaDifferenceKind.FieldTypeChanged, "notes", "text", "textarea", false),
                (SchemaDifferenceKind.BecameReadOnly, "owner_name", null, null, true),
                (SchemaDifferenceKind.BecameWritable, "score", null, null, false),
                (SchemaDifferenceKind.OptionRelabelled, "stage", "lead", "Hubspot lead", false),
                (SchemaDifferenceKind.FieldTypeChanged, "tags", "select", "checkbox", true),
                (SchemaDifferenceKind.BecameReadOnly, "total", null, null, true),
            ],
            drift.Differences.Select(d => (d.Kind, d.PropertyName, d.Kind == SchemaDifferenceKind.OptionRelabelled ? d.OptionValue : d.Expected, d.Actual, d.IsBreaking)));
        Assert.Equal("lead", drift.Differences.Single(d => d.Kind == SchemaDifferenceKind.OptionRelabelled).Expected);
        Assert.Equal("'stage' option 'lead' is now labelled 'Hubspot lead' (was 'lead')", drift.Differences.Single(d => d.Kind == SchemaDifferenceKind.OptionRelabelled).ToString());
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
