using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Naming;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// The naming entry point gives the names and diagnostics the build gives, because it runs the generator's own steps; and it
/// runs in a process that has neither Roslyn nor System.Text.Json, as the spoke CLI is.
/// </summary>
public sealed class SchemaNamingTests
{
    private const string Overrides = """
        {"objects": {
          "contacts": {"typeName": "Person", "properties": {"email": {"name": "PrimaryEmail"}, "hs_lead_status": {"enumName": "LeadState", "options": {"NEW": "Fresh"}}}},
          "deals": {"properties": {"dealname": {"exclude": true}}},
          "shipment": {"exclude": true}
        }}
        """;

    private static readonly GeneratorInput Shipped = SnapshotFiles.AllShipped().WithFile("spoke.json", Overrides);

    [Fact]
    public void Every_name_is_a_type_or_member_the_build_generates_with_the_stated_type()
    {
        var run = GeneratorHarness.Run(Shipped);
        var names = NamingInputs.Names(Shipped);

        Assert.Empty(run.CompileWith(NamesUsage.For(names, GeneratorInput.DefaultNamespace)));
        Assert.Equal(GeneratedTypeNames(run), names.Objects.SelectMany(TypeNames).Order(StringComparer.Ordinal));
        foreach (var generated in names.Objects)
        {
            var record = run.OutputCompilation.GetTypeByMetadataName($"{GeneratorInput.DefaultNamespace}.{generated.RecordName}")!;
            var members = record.GetMembers().OfType<IPropertySymbol>().Where(property => property.DeclaredAccessibility == Accessibility.Public && !property.IsStatic);
            Assert.Equal(
                generated.Properties.Select(property => (property.MemberName, property.ValueType)).Order(),
                members.Where(member => member.ContainingType.Equals(record, SymbolEqualityComparer.Default))
                    .Select(member => (member.Name, member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier))))
                    .Order());
            foreach (var picklist in generated.Properties.Select(property => property.Enum).OfType<GeneratedEnum>())
            {
                var type = run.OutputCompilation.GetTypeByMetadataName($"{GeneratorInput.DefaultNamespace}.{picklist.TypeName}")!;
                Assert.Equal(picklist.Options.Select(option => option.MemberName), type.GetMembers().OfType<IFieldSymbol>().Where(field => field.IsConst).Select(field => field.Name));
            }
        }
    }

    [Fact]
    public void Overrides_rename_and_exclude_as_in_the_build()
    {
        var names = NamingInputs.Names(Shipped);

        var person = Assert.IsType<GeneratedObject>(names.FindObject("contacts"));
        Assert.Equal(("Person", "PersonInput", "PersonFields"), (person.RecordName, person.InputName, person.FieldsName));
        Assert.Equal("PrimaryEmail", person.FindProperty("email")!.MemberName);
        Assert.Equal("LeadState", person.FindProperty("hs_lead_status")!.Enum!.TypeName);
        Assert.Equal("Fresh", person.FindProperty("hs_lead_status")!.Enum!.FindOption("NEW")!.MemberName);
        Assert.Null(names.FindObject("deals")!.FindProperty("dealname"));
        Assert.Null(names.FindObject("shipment"));
        Assert.Same(person, names.FindObject("0-1"));
        Assert.Same(person, names.FindObject("CONTACTS"));
    }

    [Fact]
    public void The_diagnostics_are_the_builds_with_the_same_messages_and_places()
    {
        var input = GeneratorInput.ForSnapshots(
                ("contacts.json", Results(Property("email"), Property("email"), Property("id", label: "Id"), Property("hs_email", type: "phone_number"), Picklist("status", Option("Yes", "y"), Option("yes", "Y")))),
                ("widgets.json", Results(Property("name"))),
                ("deals.json", "{\"results\": [ {\"name\": \"amount\", \"type\": \"number\",, } ]}"),
                ("schemas.json", Schemas(CustomObject("2-1", "contact_lifecycle_stage", "Contact Status", Property("code")))))
            .WithFile("spoke.json", """{"objects": {"contacts": {"typeName": "class", "properties": {"missing": {"name": "X"}}}, "tickets": {}}}""");

        var run = GeneratorHarness.Run(input);
        var names = NamingInputs.Names(input);

        Assert.Equal(
            run.Diagnostics.Select(diagnostic => (diagnostic.Id, (int)diagnostic.Severity, diagnostic.GetMessage(), Place(diagnostic))),
            names.Diagnostics.Select(diagnostic => (diagnostic.Id, (int)diagnostic.Severity, diagnostic.Message, (diagnostic.FilePath, diagnostic.Line, diagnostic.Column))));
        Assert.Equal("SPOKE001 SPOKE004 SPOKE005 SPOKE006 SPOKE101 SPOKE103 SPOKE203 SPOKE204", string.Join(" ", names.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Order()));
    }

    [Fact]
    public void A_diagnostic_prints_as_the_compiler_prints_it()
    {
        var names = NamingInputs.Names(GeneratorInput.ForSnapshots(("deals.json", "{\"results\": [,]}")));

        Assert.Equal(
            $"{GeneratorInput.PathOf("deals.json")}(1,14): error SPOKE001: Snapshot 'deals' is not valid JSON: Unexpected character ','; expected a JSON value. (line 1, column 14)",
            Assert.Single(names.Diagnostics).ToString());
    }

    [Fact]
    public void Spoke_json_among_the_snapshots_is_not_read_as_one()
    {
        var input = new NamingInput([new NamingFile("/s/contacts.json", Results(Property("email"))), new NamingFile("/s/spoke.json", Overrides)]);

        var names = SchemaNaming.Compute(input);

        Assert.Equal("Contact", Assert.Single(names.Objects).RecordName);
        Assert.Empty(names.Diagnostics);
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name()
    {
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => SchemaNaming.Compute(null!)).ParamName);
        Assert.Equal("snapshots", Assert.Throws<ArgumentNullException>(() => new NamingInput(null!)).ParamName);
        Assert.Equal("snapshots", Assert.Throws<ArgumentNullException>(() => new NamingInput([null!])).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new NamingFile("", "{}")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new NamingFile("/s/contacts.json", null!)).ParamName);
        var names = SchemaNaming.Compute(new NamingInput([]));
        Assert.Equal("before", Assert.Throws<ArgumentNullException>(() => SchemaNaming.Compare(null!, names)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => SchemaNaming.Pin(names, null!)).ParamName);
    }

    [Fact]
    public void A_cancelled_run_stops()
    {
        Assert.Throws<OperationCanceledException>(() => SchemaNaming.Compute(NamingInputs.From(Shipped), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void It_runs_where_neither_Roslyn_nor_System_Text_Json_can_be_loaded()
    {
        var context = new ToolLoadContext();
        var assembly = context.LoadFromAssemblyPath(typeof(SchemaNaming).Assembly.Location);
        var file = assembly.GetType("Spoke.Generator.Naming.NamingFile")!;
        var files = Array.CreateInstance(file, 2);
        files.SetValue(Activator.CreateInstance(file, "/s/contacts.json", SnapshotFiles.ShippedFile("contacts.json")), 0);
        files.SetValue(Activator.CreateInstance(file, "/s/schemas.json", SnapshotFiles.ShippedFile("schemas.json")), 1);
        var input = Activator.CreateInstance(assembly.GetType("Spoke.Generator.Naming.NamingInput")!, files, Activator.CreateInstance(file, "/s/spoke.json", Overrides));
        var naming = assembly.GetType("Spoke.Generator.Naming.SchemaNaming")!;

        var names = naming.GetMethod("Compute")!.Invoke(null, [input, CancellationToken.None])!;
        var pinned = naming.GetMethod("Pin")!.Invoke(null, [names, input, CancellationToken.None])!;

        var contacts = names.GetType().GetMethod("FindObject")!.Invoke(names, ["contacts"])!;
        Assert.Equal("Person", contacts.GetType().GetProperty("RecordName")!.GetValue(contacts));
        Assert.Empty((System.Collections.IEnumerable)pinned.GetType().GetProperty("Pins")!.GetValue(pinned)!);
        Assert.Empty(context.Refused);
        Assert.DoesNotContain(context.Assemblies, loaded => loaded.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    private static (string?, int?, int?) Place(Diagnostic diagnostic) => diagnostic.Location == Location.None
        ? (null, null, null)
        : (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1);

    private static IEnumerable<string> TypeNames(GeneratedObject generated) =>
        new[] { generated.RecordName, generated.InputName, generated.FieldsName }
            .Concat(generated.PipelinesName is { } pipelines ? [pipelines] : [])
            .Concat(generated.Properties.Select(property => property.Enum).OfType<GeneratedEnum>().SelectMany(picklist => new[] { picklist.TypeName, picklist.ExtensionsName }));

    private static IEnumerable<string> GeneratedTypeNames(GeneratorRun run) =>
        run.OutputCompilation.GlobalNamespace.GetNamespaceMembers().Single(ns => ns.Name == "Tests").GetNamespaceMembers().Single(ns => ns.Name == "HubSpot")
            .GetTypeMembers().Select(type => type.Name).Order(StringComparer.Ordinal);

    /// <summary>
    /// Loads the generator assembly as a tool would, beside the framework only: Roslyn and System.Text.Json (which the tests
    /// themselves use) are refused, so touching either fails the test.
    /// </summary>
    private sealed class ToolLoadContext() : AssemblyLoadContext("tool", isCollectible: true)
    {
        public List<string> Refused { get; } = [];

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || assemblyName.Name == "System.Text.Json")
            {
                Refused.Add(assemblyName.Name);
                throw new FileNotFoundException($"{assemblyName.Name} is not available to the tool.");
            }

            return null;
        }
    }
}
