using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Harness;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Diagnostics;

/// <summary>
/// Inputs whose generated names would collide: two snapshots of one object type, types named like another object's enum or like
/// their own members, properties named like generated members, and names C# reserves. Each must compile without a warning (the
/// harness checks that on every run) and report exactly the SPOKE diagnostic below, at the file and JSON path that caused it.
/// </summary>
public sealed class NameCollisionTests
{
    private static readonly string Contacts = Results(
        Property("email", label: "Email"),
        Picklist("lifecyclestage", Option("Lead", "lead"), Option("Customer", "customer")).WithLabel("Lifecycle Stage"));

    private static readonly string Deals = Results(Picklist("dealstage", Option("Won", "closedwon")).WithLabel("Deal Stage"));

    public static TheoryData<string, string, string, string> DuplicateSnapshots => new()
    {
        // file, its duplicate, the one that is ignored, JSON path of the ignored object
        { "contacts.json", "Contacts.json", "contacts.json", "$" },
        { "contacts.json", "old/contacts.json", "old/contacts.json", "$" },
        { "schemas.json", "more/schemas.json", "more/schemas.json", "$.results[0]" },
        { "schemas.json", "Schemas.json", "schemas.json", "$.results[0]" },
    };

    [Theory]
    [MemberData(nameof(DuplicateSnapshots))]
    public void SPOKE011_two_snapshots_of_one_object_type_name_both_files_and_one_is_generated(string file, string duplicate, string ignored, string jsonPath)
    {
        var json = file.EndsWith("schemas.json", StringComparison.OrdinalIgnoreCase)
            ? Schemas(CustomObject("2-7", "car", "Car", Property("plate")))
            : Contacts;
        var kept = ignored == file ? duplicate : file;

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots((file, json), (duplicate, json)));

        var diagnostic = Single(run, "SPOKE011", DiagnosticSeverity.Warning);
        Assert.Equal(GeneratorInput.PathOf(ignored), diagnostic.Location.GetLineSpan().Path);
        var (objectName, typeId) = json == Contacts ? ("contacts", "0-1") : ("car", "2-7");
        Assert.Equal(
            $"Snapshot '{GeneratorInput.PathOf(ignored)}' (JSON path {jsonPath}) describes object type '{objectName}' ({typeId}), which snapshot '{GeneratorInput.PathOf(kept)}' (JSON path {jsonPath}) already describes; it is ignored. Keep one snapshot per object type.",
            diagnostic.GetMessage());
        var recordName = json == Contacts ? "Contact" : "Car";
        Assert.Single(run.HintNames, hint => hint.EndsWith($".{recordName}.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void SPOKE011_two_schemas_with_one_type_id_in_one_file_keep_the_first()
    {
        var schemas = Schemas(CustomObject("2-7", "car", "Car", Property("plate")), CustomObject("2-7", "auto", "Auto", Property("plate")));

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", schemas)));

        var path = GeneratorInput.PathOf("schemas.json");
        Assert.Equal(
            $"Snapshot '{path}' (JSON path $.results[1]) describes object type 'auto' (2-7), which snapshot '{path}' (JSON path $.results[0]) already describes; it is ignored. Keep one snapshot per object type.",
            Single(run, "SPOKE011", DiagnosticSeverity.Warning).GetMessage());
        Assert.Contains("schemas.Car.g.cs", run.HintNames);
        Assert.DoesNotContain("schemas.Auto.g.cs", run.HintNames);
    }

    public static TheoryData<string, string, string, string> TypesNamedLikeAnotherObjectsTypes => new()
    {
        // the custom object's singular, preferred type name, why it was taken, the name given
        { "Contact Lifecycle Stage", "ContactLifecycleStage", "is already used by the picklist enum of property 'lifecyclestage' of object type 'contacts' (0-1)", "ContactLifecycleStage2" },
        { "Contact Lifecycle Stage Extensions", "ContactLifecycleStageExtensions", "is already used by the picklist enum of property 'lifecyclestage' of object type 'contacts' (0-1)", "ContactLifecycleStageExtensions2" },
        { "Deal Stage", "DealStage", "is already used by the picklist enum of property 'dealstage' of object type 'deals' (0-3)", "DealStage2" },
        { "Deal Stage Extensions", "DealStageExtensions", "is already used by the picklist enum of property 'dealstage' of object type 'deals' (0-3)", "DealStageExtensions2" },
        { "Contact Input", "ContactInput", "is already used by object type 'contacts' (0-1)", "ContactInput2" },
        { "Deal", "Deal", "is already used by object type 'deals' (0-3)", "Deal2" },
    };

    [Theory]
    [MemberData(nameof(TypesNamedLikeAnotherObjectsTypes))]
    public void SPOKE103_a_custom_object_named_like_another_objects_type_is_renamed(string singular, string preferred, string reason, string given)
    {
        var schemas = Schemas(CustomObject("2-9", "custom_thing", singular, Property("code")));

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("contacts.json", Contacts), ("deals.json", Deals), ("schemas.json", schemas)));

        var diagnostic = Single(run, "SPOKE103", DiagnosticSeverity.Warning);
        AssertAt(diagnostic, "schemas.json", line: 3, column: 5);
        Assert.Equal(
            $"Object type 'custom_thing' (2-9) would generate type '{preferred}', which {reason}; it is named '{given}' instead (snapshot 'schemas', JSON path $.results[0]). Rename it in spoke.json to choose a name.",
            diagnostic.GetMessage());
        Assert.Contains($"schemas.{given}.g.cs", run.HintNames);
    }

    [Fact]
    public void SPOKE103_a_picklist_enum_named_like_an_earlier_custom_objects_record_is_renamed()
    {
        // car_color is the older custom object (2-1), so its record keeps CarColor and car's enum gives way.
        var schemas = Schemas(
            CustomObject("2-1", "car_color", "Car Color", Property("hex")),
            CustomObject("2-2", "car", "Car", Picklist("color", Option("Red", "red")).WithLabel("Color")));

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", schemas)));

        var diagnostic = Single(run, "SPOKE103", DiagnosticSeverity.Warning);
        Assert.Equal(
            "Picklist 'color' of object type 'car' (2-2) would generate type 'CarColor', which is already used by object type 'car_color' (2-1); it is named 'CarColor_2' instead (snapshot 'schemas', JSON path $.results[1].properties[0]). Rename it in spoke.json to choose a name.",
            diagnostic.GetMessage());
        Assert.Contains("schemas.CarColor.g.cs", run.HintNames);
        Assert.Contains("schemas.CarColor_2.g.cs", run.HintNames);
    }

    [Fact]
    public void SPOKE103_a_custom_object_named_like_an_earlier_custom_objects_enum_is_renamed()
    {
        var schemas = Schemas(
            CustomObject("2-1", "car", "Car", Picklist("color", Option("Red", "red")).WithLabel("Color")),
            CustomObject("2-2", "car_color", "Car Color", Property("hex")));

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", schemas)));

        Assert.Equal(
            "Object type 'car_color' (2-2) would generate type 'CarColor', which is already used by the picklist enum of property 'color' of object type 'car' (2-1); it is named 'CarColor2' instead (snapshot 'schemas', JSON path $.results[1]). Rename it in spoke.json to choose a name.",
            Single(run, "SPOKE103", DiagnosticSeverity.Warning).GetMessage());
    }

    [Fact]
    public void SPOKE103_a_custom_object_named_like_a_standard_object_beside_its_snapshot_is_a_distinct_type()
    {
        var schemas = Schemas(CustomObject("2-5", "line_items", "Line Item", Property("sku")));

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("line_items.json", Results(Property("name"))), ("schemas.json", schemas)));

        Assert.Equal(
            "Object type 'line_items' (2-5) would generate type 'LineItem', which is already used by object type 'line_items' (0-8); it is named 'LineItem2' instead (snapshot 'schemas', JSON path $.results[0]). Rename it in spoke.json to choose a name.",
            Single(run, "SPOKE103", DiagnosticSeverity.Warning).GetMessage());
        Assert.Contains("line_items.LineItem.g.cs", run.HintNames);
        Assert.Contains("schemas.LineItem2.g.cs", run.HintNames);
    }

    public static TheoryData<string, string> TypesNamedLikeTheirOwnMembers => new()
    {
        { "Search", "Search" }, { "Where", "Where" }, { "Properties", "Properties" }, { "Object Type", "ObjectType" }, { "Read From", "ReadFrom" },
        { "Generated Schema", "GeneratedSchema" }, { "Property Names", "PropertyNames" }, { "Try Decode Property", "TryDecodeProperty" }, { "Id", "Id" },
        { "Associations", "Associations" }, { "Additional Properties", "AdditionalProperties" }, { "Equals", "Equals" }, { "To String", "ToString" },
    };

    [Theory]
    [MemberData(nameof(TypesNamedLikeTheirOwnMembers))]
    public void SPOKE103_a_type_named_like_one_of_its_own_members_is_renamed(string singular, string preferred)
    {
        var schemas = Schemas(CustomObject("2-9", "custom_thing", singular, Property("code")));

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", schemas)));

        Assert.Equal(
            $"Object type 'custom_thing' (2-9) would generate type '{preferred}', which is the name of one of its own members; it is named '{preferred}2' instead (snapshot 'schemas', JSON path $.results[0]). Rename it in spoke.json to choose a name.",
            Single(run, "SPOKE103", DiagnosticSeverity.Warning).GetMessage());
    }

    [Theory]
    [InlineData("get_GeneratedSchema")]
    [InlineData("get_ObjectType")]
    [InlineData("set_Id")]
    public void SPOKE103_a_type_named_like_an_accessor_of_its_own_members_is_renamed_and_compiles(string typeName)
    {
        var overrides = """{"objects": {"custom_thing": {"typeName": "TYPE"}}}""".Replace("TYPE", typeName, StringComparison.Ordinal);

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", Schemas(CustomObject("2-9", "custom_thing", "Thing", Property("code")))))
            .WithFile("spoke.json", overrides));

        run.AssertOutputCompilesCleanly();
        Assert.Contains("which is the name of one of its own members", Single(run, "SPOKE103", DiagnosticSeverity.Warning).GetMessage());
        Assert.DoesNotContain(run.HintNames, hint => hint.Contains($".{typeName}.", StringComparison.Ordinal));
    }

    [Fact]
    public void SPOKE103_enum_names_that_differ_only_by_case_get_distinct_files()
    {
        var overrides = """{"objects": {"products": {"properties": {"a": {"enumName": "Shade"}, "b": {"enumName": "SHADE"}}}}}""";

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", Results(Picklist("a", Option("X", "x")), Picklist("b", Option("Y", "y")))))
            .WithFile("spoke.json", overrides));

        Assert.Equal(
            "Picklist 'b' of object type 'products' (0-7) would generate type 'SHADE', which is already used by the picklist enum of property 'a' of object type 'products' (0-7); it is named 'ProductB' instead (snapshot 'products', JSON path $.results[1]). Rename it in spoke.json to choose a name.",
            Single(run, "SPOKE103", DiagnosticSeverity.Warning).GetMessage());
        Assert.Contains("products.Shade.g.cs", run.HintNames);
        Assert.Contains("products.ProductB.g.cs", run.HintNames);
    }

    public static TheoryData<string, string, string> MembersNamedLikeGeneratedMembers => new()
    {
        // property, the name it would get, the name it is given
        { "generated_schema", "GeneratedSchema", "GeneratedSchema_2" },
        { "object_type", "ObjectType", "ObjectType_2" },
        { "property_names", "PropertyNames", "PropertyNames_2" },
        { "read_from", "ReadFrom", "ReadFrom_2" },
        { "set_wire_value", "SetWireValue", "SetWireValue_2" },
        { "properties", "Properties", "Properties_2" },
        { "product", "Product", "Product_2" },
        { "product_fields", "ProductFields", "ProductFields_2" },
    };

    [Theory]
    [MemberData(nameof(MembersNamedLikeGeneratedMembers))]
    public void SPOKE101_a_property_named_like_a_generated_member_is_renamed(string property, string preferred, string given)
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", Results(Property(property)))));

        Assert.Equal(
            $"In 'Product', '{property}' would be named '{preferred}', which is reserved for a member Spoke generates or inherits; it is named '{given}' instead (snapshot 'products', JSON path $.results[0]). Rename it in spoke.json to choose a name.",
            Single(run, "SPOKE101", DiagnosticSeverity.Info).GetMessage());
    }

    [Theory]
    [InlineData("s_layout")]
    [InlineData("s_generatedSchema")]
    public void SPOKE101_an_override_named_like_a_generated_helper_is_renamed(string name)
    {
        var overrides = """{"objects": {"products": {"properties": {"note": {"name": "NAME"}}}}}""".Replace("NAME", name, StringComparison.Ordinal);

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", Results(Property("email"), Property("note")))).WithFile("spoke.json", overrides));

        Assert.Equal(
            $"In 'Product', 'note' would be named '{name}', which is reserved for a member Spoke generates or inherits; it is named '{name}_2' instead (snapshot 'products', JSON path $.results[1]). Rename it in spoke.json to choose a name.",
            Single(run, "SPOKE101", DiagnosticSeverity.Info).GetMessage());
    }

    [Fact]
    public void Members_that_differ_only_by_case_or_are_named_like_a_backing_field_keep_their_names()
    {
        var overrides = """{"objects": {"products": {"properties": {"a": {"name": "Email"}, "b": {"name": "email"}, "c": {"name": "_email"}}}}}""";

        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", Results(Property("a"), Property("b"), Property("c")))).WithFile("spoke.json", overrides));

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SPOKE101");
        Assert.Empty(run.CompileWith("static class Usage { static void Set() => _ = new Tests.HubSpot.ProductInput { Email = \"a\", email = \"b\", _email = \"c\" }; }"));
    }

    public static TheoryData<string, string, string> UnusableOverrideNames
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var keyword in new[] { "__arglist", "__makeref", "__reftype", "__refvalue", "record", "required", "file", "scoped", "field", "var", "class" })
            {
                data.Add("""{"objects": {"tickets": {"typeName": "NAME"}}}""".Replace("NAME", keyword, StringComparison.Ordinal), keyword, "$.objects.tickets.typeName");
                data.Add("""{"objects": {"tickets": {"properties": {"subject": {"name": "NAME"}}}}}""".Replace("NAME", keyword, StringComparison.Ordinal), keyword, "$.objects.tickets.properties.subject.name");
                data.Add("""{"objects": {"tickets": {"properties": {"priority": {"enumName": "NAME"}}}}}""".Replace("NAME", keyword, StringComparison.Ordinal), keyword, "$.objects.tickets.properties.priority.enumName");
                data.Add("""{"objects": {"tickets": {"properties": {"priority": {"options": {"HIGH": "NAME"}}}}}}""".Replace("NAME", keyword, StringComparison.Ordinal), keyword, "$.objects.tickets.properties.priority.options.HIGH");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(UnusableOverrideNames))]
    public void SPOKE204_a_keyword_of_any_kind_is_not_accepted_as_an_override_name(string overrides, string name, string jsonPath)
    {
        var run = GeneratorHarness.Run(TicketsWith(overrides));

        Assert.Equal(
            $"spoke.json: '{name}' at JSON path {jsonPath} cannot be used: it is a C# keyword; the generated name is kept",
            Single(run, "SPOKE204", DiagnosticSeverity.Warning).GetMessage());
        Assert.Contains("tickets.Ticket.g.cs", run.HintNames);
    }

    [Theory]
    [InlineData("typeName", "person")]
    [InlineData("enumName", "shade")]
    public void SPOKE204_a_type_name_of_lower_case_ascii_letters_only_is_not_accepted(string key, string name)
    {
        var overrides = key == "typeName"
            ? """{"objects": {"tickets": {"typeName": "NAME"}}}""".Replace("NAME", name, StringComparison.Ordinal)
            : """{"objects": {"tickets": {"properties": {"priority": {"enumName": "NAME"}}}}}""".Replace("NAME", name, StringComparison.Ordinal);
        var jsonPath = key == "typeName" ? "$.objects.tickets.typeName" : "$.objects.tickets.properties.priority.enumName";

        var run = GeneratorHarness.Run(TicketsWith(overrides));

        Assert.Equal(
            $"spoke.json: '{name}' at JSON path {jsonPath} cannot be used: a type name of lower-case ASCII letters only may become a C# keyword (CS8981); the generated name is kept",
            Single(run, "SPOKE204", DiagnosticSeverity.Warning).GetMessage());
    }

    [Fact]
    public void SPOKE204_a_name_longer_than_the_limit_is_not_accepted()
    {
        var name = new string('A', 129);

        var run = GeneratorHarness.Run(TicketsWith("""{"objects": {"tickets": {"typeName": "NAME"}}}""".Replace("NAME", name, StringComparison.Ordinal)));

        Assert.Equal(
            $"spoke.json: '{name}' at JSON path $.objects.tickets.typeName cannot be used: it is longer than 128 characters; the generated name is kept",
            Single(run, "SPOKE204", DiagnosticSeverity.Warning).GetMessage());
    }

    [Theory]
    [InlineData("My.__arglist")]
    [InlineData("__makeref")]
    [InlineData("App.__refvalue.HubSpot")]
    public void SPOKE201_a_namespace_with_a_reserved_word_falls_back(string @namespace)
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("tickets.json", Results(Property("subject")))) with { Namespace = @namespace });

        Assert.Equal(
            $"SpokeNamespace '{@namespace}' is not a valid C# namespace; the generated types use 'HubSpot' instead. Set SpokeNamespace to dot-separated identifiers.",
            Single(run, "SPOKE201", DiagnosticSeverity.Warning).GetMessage());
    }

    [Theory]
    [InlineData("App.record.file")]
    [InlineData("global")]
    [InlineData("Spoke")]
    [InlineData("System.Crm")]
    [InlineData("App.Contact")]
    [InlineData("App.Tickets.Ticket")]
    public void Namespaces_named_like_contextual_keywords_runtime_namespaces_or_generated_types_compile(string @namespace)
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("contacts.json", Contacts), ("tickets.json", Results(Property("subject")))) with { Namespace = @namespace });

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SPOKE201");
        Assert.Contains("contacts.Contact.g.cs", run.HintNames);
    }

    private static GeneratorInput TicketsWith(string overrides) =>
        GeneratorInput.ForSnapshots(("tickets.json", Results(Property("subject"), Picklist("priority", Option("High", "HIGH"), Option("Low", "LOW")))))
            .WithFile("spoke.json", overrides);

    private static Diagnostic Single(GeneratorRun run, string id, DiagnosticSeverity severity)
    {
        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got: {string.Join(Environment.NewLine, run.Diagnostics)}");
        Assert.Equal(severity, matching[0].Severity);
        return matching[0];
    }

    private static void AssertAt(Diagnostic diagnostic, string fileName, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((GeneratorInput.PathOf(fileName), line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
