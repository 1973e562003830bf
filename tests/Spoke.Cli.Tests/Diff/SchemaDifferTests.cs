using System.Text.Json.Nodes;
using Spoke.Cli.Schema.Diff;
using Spoke.Cli.Schema.Snapshots;
using static Spoke.Cli.Tests.Infrastructure.SnapshotJson;

namespace Spoke.Cli.Tests.Diff;

public sealed class SchemaDifferTests
{
    [Fact]
    public void Identical_schemas_have_no_changes()
    {
        var schema = Contacts(Property("email"), Property("lifecyclestage", "enumeration", "select", options: [("lead", "Lead")]));

        Assert.Empty(SchemaDiffer.Compare(schema, schema));
    }

    [Fact]
    public void Added_property_is_not_breaking_and_removed_property_is()
    {
        var changes = SchemaDiffer.Compare(Contacts(Property("email"), Property("fax")), Contacts(Property("email"), Property("phone")));

        Assert.Equal(
            [("fax", SchemaChangeKind.PropertyRemoved, true), ("phone", SchemaChangeKind.PropertyAdded, false)],
            changes.Select(c => (c.PropertyName, c.Kind, c.IsBreaking)));
    }

    [Fact]
    public void Data_type_change_is_breaking()
    {
        var change = Assert.Single(SchemaDiffer.Compare(Contacts(Property("score")), Contacts(Property("score", "number", "number"))));

        Assert.Equal((SchemaChangeKind.TypeChanged, true), (change.Kind, change.IsBreaking));
        Assert.Equal("string/text -> number/number", change.Detail);
    }

    [Fact]
    public void Field_type_change_that_keeps_the_csharp_type_is_not_breaking()
    {
        var change = Assert.Single(SchemaDiffer.Compare(Contacts(Property("notes")), Contacts(Property("notes", fieldType: "textarea"))));

        Assert.Equal((SchemaChangeKind.FieldTypeChanged, false), (change.Kind, change.IsBreaking));
    }

    [Fact]
    public void Single_select_becoming_multi_select_is_breaking()
    {
        var change = Assert.Single(SchemaDiffer.Compare(
            Contacts(Property("tags", "enumeration", "select", options: [("a", "A")])),
            Contacts(Property("tags", "enumeration", "checkbox", options: [("a", "A")]))));

        Assert.Equal((SchemaChangeKind.FieldTypeChanged, true), (change.Kind, change.IsBreaking));
    }

    [Fact]
    public void Options_added_removed_and_relabelled_are_classified()
    {
        var changes = SchemaDiffer.Compare(
            Contacts(Property("stage", "enumeration", "select", options: [("lead", "Lead"), ("old", "Old"), ("customer", "Customer")])),
            Contacts(Property("stage", "enumeration", "select", options: [("lead", "Prospect"), ("customer", "Customer"), ("partner", "Partner")])));

        Assert.Equal(
            [
                (SchemaChangeKind.OptionRelabelled, true, "\"lead\": \"Lead\" -> \"Prospect\""),
                (SchemaChangeKind.OptionRemoved, true, "\"old\" (Old)"),
                (SchemaChangeKind.OptionAdded, false, "\"partner\" (Partner)"),
            ],
            changes.Select(c => (c.Kind, c.IsBreaking, c.Detail)));
    }

    [Fact]
    public void Relabel_that_keeps_the_label_words_is_not_breaking()
    {
        var change = Assert.Single(SchemaDiffer.Compare(
            Contacts(Property("stage", "enumeration", "select", options: [("mql", "Marketing qualified lead")])),
            Contacts(Property("stage", "enumeration", "select", options: [("mql", "Marketing-Qualified Lead")]))));

        Assert.Equal((SchemaChangeKind.OptionRelabelled, false), (change.Kind, change.IsBreaking));
    }

    [Fact]
    public void Becoming_read_only_is_breaking_and_becoming_writable_is_not()
    {
        var toReadOnly = Assert.Single(SchemaDiffer.Compare(Contacts(Property("a")), Contacts(Property("a", readOnly: true))));
        var toCalculated = Assert.Single(SchemaDiffer.Compare(Contacts(Property("a")), Contacts(Property("a", calculated: true))));
        var toWritable = Assert.Single(SchemaDiffer.Compare(Contacts(Property("a", readOnly: true)), Contacts(Property("a"))));

        Assert.Equal((SchemaChangeKind.BecameReadOnly, true), (toReadOnly.Kind, toReadOnly.IsBreaking));
        Assert.Equal((SchemaChangeKind.BecameReadOnly, true), (toCalculated.Kind, toCalculated.IsBreaking));
        Assert.Equal((SchemaChangeKind.BecameWritable, false), (toWritable.Kind, toWritable.IsBreaking));
    }

    [Fact]
    public void Objects_added_and_removed_including_custom_objects_from_schemas_json()
    {
        var before = SchemaShapeReader.Read(
        [
            new SnapshotFile("contacts.json", Results(Property("email"))),
            new SnapshotFile("schemas.json", CustomObjects(("shipment", [Property("shipment_number")]))),
        ]);
        var after = SchemaShapeReader.Read(
        [
            new SnapshotFile("deals.json", Results(Property("amount", "number", "number"))),
            new SnapshotFile("schemas.json", CustomObjects(("shipment", [Property("shipment_number")]), ("pet", [Property("pet_name")]))),
        ]);

        var changes = SchemaDiffer.Compare(before, after);

        Assert.Equal(
            [("contacts", SchemaChangeKind.ObjectRemoved, true), ("deals", SchemaChangeKind.ObjectAdded, false), ("pet", SchemaChangeKind.ObjectAdded, false)],
            changes.Select(c => (c.ObjectName, c.Kind, c.IsBreaking)));
    }

    [Fact]
    public void Options_of_non_picklist_properties_are_ignored()
    {
        var changes = SchemaDiffer.Compare(
            Contacts(Property("opted_in", "bool", "booleancheckbox", options: [("true", "Yes"), ("false", "No")])),
            Contacts(Property("opted_in", "bool", "booleancheckbox", options: [("true", "True"), ("false", "False")])));

        Assert.Empty(changes);
    }

    [Fact]
    public void A_file_that_is_not_a_snapshot_is_named_in_the_error()
    {
        var exception = Assert.Throws<CliException>(() => SchemaShapeReader.Read([new SnapshotFile("broken.json", "{\"results\": [{\"label\": \"x\"}]}"u8.ToArray())]));

        Assert.Equal(ExitCodes.SnapshotError, exception.ExitCode);
        Assert.Contains("'broken.json'", exception.Message);
        Assert.Contains("\"name\"", exception.Message);
    }

    private static IReadOnlyDictionary<string, ObjectShape> Contacts(params JsonObject[] properties) =>
        SchemaShapeReader.Read([new SnapshotFile("contacts.json", Results(properties))]);
}
