using System.Text.Json;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;
using Spoke.Generator.Tests.HubSpot;
using Spoke.Schema;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>The schema a record embeds (read from one JSON literal on first use) says what its snapshot says.</summary>
public sealed class EmbeddedSchemaTests
{
    [Fact]
    public void The_embedded_schema_holds_every_generated_property_as_the_snapshot_describes_it()
    {
        var schema = Ticket.GeneratedSchema;
        using var snapshot = JsonDocument.Parse(SnapshotFiles.ShippedFile("tickets.json"));
        var described = snapshot.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(property => property.GetProperty("name").GetString()!, StringComparer.Ordinal);

        Assert.Same(Ticket.ObjectType, schema.ObjectType);
        Assert.Equal(Ticket.PropertyNames, schema.Properties.Select(property => property.Name));
        foreach (var property in schema.Properties)
        {
            var source = described[property.Name];
            Assert.Equal(source.GetProperty("label").GetString(), property.Label);
            Assert.Equal(source.GetProperty("type").GetString(), property.Type);
            Assert.Equal(source.GetProperty("fieldType").GetString(), property.FieldType);
            Assert.Equal(source.GetProperty("groupName").GetString(), property.GroupName);
        }

        var priority = schema.Find(Ticket.Properties.TicketPriority)!;
        Assert.Equal(["LOW", "MEDIUM", "HIGH", "URGENT"], priority.Options.Select(option => option.Value));
        Assert.Equal(["Low", "Medium", "High", "Urgent"], priority.Options.Select(option => option.Label));
        Assert.Equal([0, 1, 2, 3], priority.Options.Select(option => option.DisplayOrder));
        Assert.Equal(priority.Options.Select(option => option.Value), Enum.GetValues<TicketPriority>().Select(member => member.ToWireValue()));
    }

    [Fact]
    public void Snapshot_text_that_needs_escaping_survives_the_embedded_literal()
    {
        const string snapshot = """
            {"results":[{"name":"odd","label":"Quote \" backslash \\ accent \u00e9 emoji \ud83d\ude00 separator \u2028 tab \t","type":"enumeration",
              "fieldType":"select","groupName":"g\u00f6","hidden":true,"calculated":true,
              "options":[{"label":"A \"b\" \u00e9","value":"a\\b","displayOrder":0,"hidden":false},
                         {"label":"lone \ud800 surrogate","value":"z","displayOrder":1,"hidden":true}]}]}
            """;
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", snapshot)));
        run.AssertOutputCompilesCleanly();

        var record = run.LoadAssembly().GetType("Tests.HubSpot.Product")!;
        var schema = (CrmObjectSchema)record.GetProperty("GeneratedSchema")!.GetValue(null)!;

        var property = Assert.Single(schema.Properties);
        Assert.Equal("odd", property.Name);
        Assert.Equal("Quote \" backslash \\ accent \u00e9 emoji \ud83d\ude00 separator \u2028 tab \t", property.Label);
        Assert.Equal("g\u00f6", property.GroupName);
        Assert.True(property.Hidden);
        Assert.True(property.ReadOnlyValue);
        Assert.Equal(["a\\b", "z"], property.Options.Select(option => option.Value));
        Assert.Equal(["A \"b\" \u00e9", "lone \ufffd surrogate"], property.Options.Select(option => option.Label));
        Assert.Equal([false, true], property.Options.Select(option => option.Hidden));
    }

    [Fact]
    public void A_schema_over_256_K_characters_is_a_UTF8_literal_a_smaller_one_a_string_literal_and_both_read_the_same()
    {
        var small = SchemaOfPicklist(options: 3);
        var large = SchemaOfPicklist(options: 4_000); // about 370,000 characters of JSON

        Assert.Contains("}]}]}\");", SchemaSource(small.Run), StringComparison.Ordinal);
        Assert.Contains("}]}]}\"u8);", SchemaSource(large.Run), StringComparison.Ordinal);
        foreach (var (run, options) in new[] { small, large })
        {
            run.AssertOutputCompilesCleanly();
            var record = run.LoadAssembly().GetType("Tests.HubSpot.Product")!;
            var schema = (CrmObjectSchema)record.GetProperty("GeneratedSchema")!.GetValue(null)!;
            var property = Assert.Single(schema.Properties);
            Assert.Equal(options, property.Options.Count);
            Assert.Equal("option-" + (options - 1), property.Options[^1].Value);
            Assert.False(property.Hidden);
            Assert.False(property.ReadOnlyValue);
        }
    }

    private static (GeneratorRun Run, int Options) SchemaOfPicklist(int options)
    {
        var optionsJson = string.Join(",", Enumerable.Range(0, options).Select(
            i => $$"""{"label":"A fairly long option label number {{i}}","value":"option-{{i}}","displayOrder":{{i}},"hidden":false}"""));
        var snapshot = $$"""{"results":[{"name":"tier","label":"Tier","type":"enumeration","fieldType":"select","groupName":"g","options":[{{optionsJson}}]}]}""";
        return (GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", snapshot))), options);
    }

    private static string SchemaSource(GeneratorRun run) =>
        run.SourceOf(Assert.Single(run.HintNames, name => name.EndsWith(".Schema.g.cs", StringComparison.Ordinal)));
}
