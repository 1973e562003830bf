using Spoke.Generator.Naming;
using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// <see cref="SchemaNaming.Pin"/> writes into spoke.json exactly the names a relabel or a naming rule would change, and the real
/// generator, run on the new snapshots with that spoke.json, gives every old name back; what was removed or retyped stays
/// breaking. The user's spoke.json keeps its content and formatting.
/// </summary>
public sealed class NamePinningTests
{
    private static readonly AccountVariant Base = new();
    private static readonly AccountVariant Relabelled = Base with { HubSpotOptionLabel = "Hubspot" };

    public static TheoryData<string> Scenarios => NameChangeScenarios.Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Exactly_the_names_a_change_would_move_are_pinned(string scenario)
    {
        var (before, after, _, expected) = NameChangeScenarios.All[scenario];

        var result = SchemaNaming.Pin(NamingInputs.Names(before.Input()), NamingInputs.From(after.Input()));

        Assert.Equal(expected, result.Pins.Select(Describe));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_generator_run_with_the_pins_gives_every_old_name_back(string scenario)
    {
        var (before, after, _, _) = NameChangeScenarios.All[scenario];
        var oldNames = NamingInputs.Names(before.Input());

        var result = SchemaNaming.Pin(oldNames, NamingInputs.From(after.Input()));
        var pinnedInput = NamingInputs.WithOverrides(after.Input(), result.OverridesJson);
        var run = GeneratorHarness.Run(pinnedInput);

        var remaining = SchemaNaming.Compare(oldNames, result.Names);
        Assert.Empty(SchemaNaming.Compare(result.Names, NamingInputs.Names(pinnedInput)));
        Assert.DoesNotContain(remaining, change => change.Kind is NameChangeKind.RecordRenamed or NameChangeKind.PropertyRenamed or NameChangeKind.EnumRenamed
            or NameChangeKind.OptionRenamed or NameChangeKind.NameReassigned);
        Assert.Equal(remaining.Any(change => change.IsBreaking), run.CompileWith(NamesUsage.For(oldNames, GeneratorInput.DefaultNamespace)).Length > 0);
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id is "SPOKE202" or "SPOKE203" or "SPOKE204");
    }

    [Fact]
    public void A_new_property_whose_name_is_pinned_for_its_hs_twin_gets_a_numbered_name_and_is_told_why()
    {
        var after = Base with { WithFoo = true };
        var result = SchemaNaming.Pin(NamingInputs.Names(Base.Input()), NamingInputs.From(after.Input()));

        var contact = result.Names.FindObject("contacts")!;
        Assert.Equal(("Foo", "Foo_2"), (contact.FindProperty("hs_foo")!.MemberName, contact.FindProperty("foo")!.MemberName));
        Assert.Contains(result.Names.Diagnostics, diagnostic => diagnostic.Id == "SPOKE101"
            && diagnostic.Message.StartsWith("In 'Contact', 'foo' would be named 'Foo', which is already used by another property; it is named 'Foo_2' instead", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_changes_spoke_json_is_not_written()
    {
        var names = NamingInputs.Names(Base.Input());
        const string Existing = "{ \"objects\": { \"contacts\": { \"typeName\": \"Contact\" } } }\n";

        Assert.Null(SchemaNaming.Pin(names, NamingInputs.From(Base.Input())).OverridesJson);
        Assert.Same(Existing, SchemaNaming.Pin(names, NamingInputs.From(Base.Input().WithFile("spoke.json", Existing))).OverridesJson);
    }

    [Fact]
    public void A_new_spoke_json_is_written_when_there_is_none()
    {
        var result = SchemaNaming.Pin(NamingInputs.Names(Base.Input()), NamingInputs.From(Relabelled.Input()));

        Assert.Equal(
            """
            {
              "objects": {
                "contacts": {
                  "properties": {
                    "hs_lead_status": {
                      "options": {
                        "hubspot": "HubSpot"
                      }
                    }
                  }
                }
              }
            }

            """.ReplaceLineEndings("\n"),
            result.OverridesJson);
    }

    public static TheoryData<string, string, string> Files => new()
    {
        {
            "four spaces and CRLF, other entries kept",
            "{\r\n    \"objects\": {\r\n        \"contacts\": {\r\n            \"properties\": {\r\n                \"internal_notes\": { \"exclude\": true }\r\n            }\r\n        }\r\n    }\r\n}\r\n",
            "{\r\n    \"objects\": {\r\n        \"contacts\": {\r\n            \"properties\": {\r\n                \"internal_notes\": { \"exclude\": true },\r\n                \"hs_lead_status\": {\r\n                    \"options\": {\r\n                        \"hubspot\": \"HubSpot\"\r\n                    }\r\n                }\r\n            }\r\n        }\r\n    }\r\n}\r\n"
        },
        {
            "tabs, an entry for another object",
            "{\n\t\"objects\": {\n\t\t\"vendors\": {\n\t\t\t\"properties\": {}\n\t\t}\n\t}\n}",
            "{\n\t\"objects\": {\n\t\t\"vendors\": {\n\t\t\t\"properties\": {}\n\t\t},\n\t\t\"contacts\": {\n\t\t\t\"properties\": {\n\t\t\t\t\"hs_lead_status\": {\n\t\t\t\t\t\"options\": {\n\t\t\t\t\t\t\"hubspot\": \"HubSpot\"\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}"
        },
        {
            "one line",
            "{\"objects\":{\"contacts\":{\"properties\":{\"hs_lead_status\":{\"enumName\":\"LeadStatus\"}}}}}",
            "{\"objects\":{\"contacts\":{\"properties\":{\"hs_lead_status\":{\"enumName\":\"LeadStatus\", \"options\": {\"hubspot\": \"HubSpot\"}}}}}}"
        },
        {
            "entry keyed by type id",
            "{\"objects\": {\"0-1\": {\"properties\": {\"hs_lead_status\": {\"options\": {\"NEW\": \"Fresh\"}}}}}}",
            "{\"objects\": {\"0-1\": {\"properties\": {\"hs_lead_status\": {\"options\": {\"NEW\": \"Fresh\", \"hubspot\": \"HubSpot\"}}}}}}"
        },
        {
            "entry keyed by API name in other case",
            "{\"objects\": {\"Contacts\": {}}}",
            "{\"objects\": {\"Contacts\": {\"properties\": {\"hs_lead_status\": {\"options\": {\"hubspot\": \"HubSpot\"}}}}}}"
        },
        {
            "a name that could not be used is replaced",
            "{\"objects\": {\"contacts\": {\"properties\": {\"hs_lead_status\": {\"options\": {\"hubspot\": \"class\"}}}}}}",
            "{\"objects\": {\"contacts\": {\"properties\": {\"hs_lead_status\": {\"options\": {\"hubspot\": \"HubSpot\"}}}}}}"
        },
        {
            "an empty document",
            "{}",
            "{\n  \"objects\": {\n    \"contacts\": {\n      \"properties\": {\n        \"hs_lead_status\": {\n          \"options\": {\n            \"hubspot\": \"HubSpot\"\n          }\n        }\n      }\n    }\n  }\n}"
        },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_pins_are_merged_into_the_users_file_keeping_its_content_and_formatting(string file, string existing, string expected)
    {
        Assert.NotNull(file);
        var before = NamingInputs.Names(Base.Input().WithFile("spoke.json", existing));

        var result = SchemaNaming.Pin(before, NamingInputs.From(Relabelled.Input().WithFile("spoke.json", existing)));

        Assert.Equal(expected, result.OverridesJson);
        Assert.Equal("HubSpot", result.Names.FindObject("contacts")!.FindProperty("hs_lead_status")!.Enum!.FindOption("hubspot")!.MemberName);
    }

    [Fact]
    public void An_option_value_JSON_must_escape_is_written_so_the_generator_reads_it_back()
    {
        const string Value = "very.high \"quoted\" \\ Türkiye \u0001 \ud800";
        // System.Text.Json writes a lone surrogate as U+FFFD, so the snapshot gets its escape written in by hand.
        const string LoneSurrogate = "LONE-SURROGATE";
        static GeneratorInput Account(string label) => GeneratorInput.ForSnapshots(
            ("contacts.json", SnapshotJson.Results(SnapshotJson.Picklist("status", SnapshotJson.Option(label, Value.Replace("\ud800", LoneSurrogate, StringComparison.Ordinal)), SnapshotJson.Option("Other", "other")))
                .Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal)));

        var result = SchemaNaming.Pin(NamingInputs.Names(Account("HubSpot")), NamingInputs.From(Account("Hubspot")));

        var pin = Assert.Single(result.Pins);
        Assert.Equal($"$.objects.contacts.properties.status.options['{Value.Replace("\\", "\\\\").Replace("'", "\\'")}']", pin.JsonPath);
        Assert.Contains("\"very.high \\\"quoted\\\" \\\\ Türkiye \\u0001 \\ud800\": \"HubSpot\"", result.OverridesJson, StringComparison.Ordinal);
        var run = GeneratorHarness.Run(NamingInputs.WithOverrides(Account("Hubspot"), result.OverridesJson));
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id is "SPOKE202" or "SPOKE203" or "SPOKE204");
        Assert.Equal("HubSpot", result.Names.FindObject("contacts")!.FindProperty("status")!.Enum!.FindOption(Value)!.MemberName);
    }

    [Fact]
    public void A_pin_says_where_it_is_written_in_the_users_entry()
    {
        const string Existing = "{\"objects\": {\"0-1\": {}}}";
        var before = NamingInputs.Names(Base.Input().WithFile("spoke.json", Existing));

        var pin = Assert.Single(SchemaNaming.Pin(before, NamingInputs.From(Relabelled.Input().WithFile("spoke.json", Existing))).Pins);

        Assert.Equal(
            (NamePinKind.OptionName, "contacts", "0-1", "hs_lead_status", "hubspot", "HubSpot", "Hubspot", "$.objects['0-1'].properties.hs_lead_status.options.hubspot"),
            (pin.Kind, pin.ObjectName, pin.TypeId, pin.PropertyName, pin.OptionValue, pin.Name, pin.WouldBe, pin.JsonPath));
    }

    [Theory]
    [InlineData("{\"objects\": [", "(line 1, column 14): Unexpected end of file; the JSON document is incomplete. (at JSON path $)")]
    [InlineData("{\"objects\": []}", "(line 1, column 13): 'objects' must be an object keyed by object type (at JSON path $.objects)")]
    [InlineData("{\"objects\": {\"contacts\": {\"properties\": {\"hs_lead_status\": {\"options\": 5}}}}}", "(line 1, column 72): 'options' must map option values to member names (at JSON path $.objects.contacts.properties.hs_lead_status.options)")]
    public void A_spoke_json_that_is_not_valid_is_left_alone_with_a_message_saying_where(string existing, string where)
    {
        var before = NamingInputs.Names(Base.Input());

        var error = Assert.Throws<FormatException>(() => SchemaNaming.Pin(before, NamingInputs.From(Relabelled.Input().WithFile("spoke.json", existing))));

        Assert.Equal(GeneratorInput.PathOf("spoke.json") + " " + where + ". The names to keep cannot be written into it; fix it and run again. Nothing was changed.", error.Message);
    }

    [Fact]
    public void A_name_the_generator_can_no_longer_give_is_pinned_once_and_reported_by_compare()
    {
        // Names from an older Spoke: a member called Id, which the runtime's CrmRecord now declares.
        var current = NamingInputs.Names(Base.Input());
        var contact = current.FindObject("contacts")!;
        var notes = contact.FindProperty("notes")!;
        var older = new GeneratedNames(
            [new GeneratedObject(contact.TypeId, contact.ObjectName, contact.RecordName, contact.InputName, contact.FieldsName,
                [new GeneratedProperty(notes.WireName, "Id", notes.ValueKind, notes.ValueType, notes.IsReadOnly, null)])],
            []);

        var result = SchemaNaming.Pin(older, NamingInputs.From(Base.Input()));

        Assert.Equal("MemberName $.objects.contacts.properties.notes.name = Id (instead of Notes)", Describe(Assert.Single(result.Pins)));
        Assert.Equal("Id_2", result.Names.FindObject("contacts")!.FindProperty("notes")!.MemberName);
        Assert.Contains(SchemaNaming.Compare(older, result.Names), change => change.Kind == NameChangeKind.PropertyRenamed && change.After == "Id_2");
    }

    private static string Describe(NamePin pin) => $"{pin.Kind} {pin}";
}
