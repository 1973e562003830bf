using Spoke.Cli.Tests.Infrastructure;
using static Spoke.Cli.Tests.Infrastructure.SnapshotJson;

namespace Spoke.Cli.Tests.Diff;

/// <summary>
/// <c>spoke schema diff --against</c>: the runtime's schema comparison says what changed in the account, the generator's naming
/// code says which generated names move; a line is BREAKING when either says code compiled against the old snapshots breaks.
/// </summary>
public sealed class SchemaDiffTests
{
    [Fact]
    public async Task Identical_snapshots_have_no_changes()
    {
        var run = await DiffAsync(Results(Property("email"), Property("lifecyclestage", "enumeration", "select", options: [("lead", "Lead")])), same: true);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("No schema changes", run.Output);
    }

    [Fact]
    public async Task Added_property_is_not_breaking_and_removed_property_is()
    {
        var run = await DiffAsync(Results(Property("email"), Property("fax")), Results(Property("email"), Property("phone")));

        Assert.Equal(ExitCodes.ChangesFound, run.ExitCode);
        Assert.Contains("  BREAKING property removed   fax: string/text", run.Output);
        Assert.Contains("           property added     phone: string/text", run.Output);
        Assert.Contains("2 change(s), 1 breaking.", run.Output);
    }

    [Fact]
    public async Task Data_type_change_is_breaking_and_names_the_csharp_types()
    {
        var run = await DiffAsync(Results(Property("score")), Results(Property("score", "number", "number")));

        Assert.Equal(ExitCodes.ChangesFound, run.ExitCode);
        Assert.Contains("BREAKING type changed       score: string/text -> number/number (Contact.Score (score) was string?, is now decimal?)", run.Output);
    }

    [Fact]
    public async Task Field_type_change_that_keeps_the_csharp_type_is_not_breaking_and_single_to_multiple_choice_is()
    {
        var textarea = await DiffAsync(Results(Property("notes")), Results(Property("notes", fieldType: "textarea")));
        var multiple = await DiffAsync(
            Results(Property("tags", "enumeration", "select", options: [("a", "A")])),
            Results(Property("tags", "enumeration", "checkbox", options: [("a", "A")])));

        Assert.Equal(ExitCodes.Success, textarea.ExitCode);
        Assert.Contains("           field type changed notes: string/text -> string/textarea", textarea.Output);
        Assert.Equal(ExitCodes.ChangesFound, multiple.ExitCode);
        Assert.Contains("BREAKING field type changed tags: enumeration/select -> enumeration/checkbox (Contact.Tags (tags) was Picklist<ContactTags>?, is now IReadOnlyList<Picklist<ContactTags>>?)", multiple.Output);
    }

    [Fact]
    public async Task Options_added_removed_and_relabelled_are_breaking_exactly_when_a_generated_name_moves()
    {
        var run = await DiffAsync(
            Results(Property("stage", "enumeration", "select", options: [("lead", "Lead"), ("old", "Old"), ("customer", "Customer"), ("mql", "Marketing qualified lead")])),
            Results(Property("stage", "enumeration", "select", options: [("lead", "Prospect"), ("customer", "Customer"), ("partner", "Partner"), ("mql", "Marketing-Qualified Lead")])));

        Assert.Contains("BREAKING option relabelled  stage: \"lead\": \"Lead\" -> \"Prospect\" (ContactStage.Lead (option 'lead') is now Prospect)", run.Output);
        Assert.Contains("         option relabelled  stage: \"mql\": \"Marketing qualified lead\" -> \"Marketing-Qualified Lead\"\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains("BREAKING option removed     stage: \"old\" (Old)", run.Output);
        Assert.Contains("         option added       stage: \"partner\" (Partner)", run.Output);
        Assert.Contains("4 change(s), 2 breaking.", run.Output);
    }

    [Fact]
    public async Task A_relabel_that_moves_a_name_to_another_option_reports_the_reassigned_name()
    {
        var run = await DiffAsync(
            Results(Property("tier", "enumeration", "select", options: [("a", "Gold"), ("b", "Silver")])),
            Results(Property("tier", "enumeration", "select", options: [("a", "Platinum"), ("b", "Gold")])));

        Assert.Equal(ExitCodes.ChangesFound, run.ExitCode);
        Assert.Contains(
            "BREAKING option relabelled  tier: \"a\": \"Gold\" -> \"Platinum\" (ContactTier.Gold (option 'a') is now Platinum) (ContactTier.Gold now stands for option 'b'; it stood for 'a')",
            run.Output);
        Assert.Contains("BREAKING option relabelled  tier: \"b\": \"Silver\" -> \"Gold\" (ContactTier.Silver (option 'b') is now Gold)", run.Output);
    }

    [Fact]
    public async Task Becoming_read_only_is_breaking_and_becoming_writable_is_not()
    {
        var toReadOnly = await DiffAsync(Results(Property("a")), Results(Property("a", readOnly: true)));
        var toCalculated = await DiffAsync(Results(Property("a")), Results(Property("a", calculated: true)));
        var toWritable = await DiffAsync(Results(Property("a", readOnly: true)), Results(Property("a")));

        Assert.Contains("BREAKING now read-only      a: writable -> read-only", toReadOnly.Output);
        Assert.Contains("BREAKING now read-only      a: writable -> read-only", toCalculated.Output);
        Assert.Equal(ExitCodes.Success, toWritable.ExitCode);
        Assert.Contains("         now writable       a: read-only -> writable", toWritable.Output);
    }

    [Fact]
    public async Task Objects_added_and_removed_including_custom_objects_from_schemas_json()
    {
        using var folder = new TemporaryDirectory();
        Write(folder.Combine("before"), ("contacts.json", Results(Property("email"))), ("schemas.json", CustomObjects(("shipment", [Property("shipment_number")]))));
        Write(folder.Combine("after"), ("deals.json", Results(Property("amount", "number", "number"))), ("schemas.json", CustomObjects(("shipment", [Property("shipment_number")]), ("pet", [Property("pet_name")]))));

        var run = await CliRun.InvokeAsync("schema", "diff", "--snapshots", folder.Combine("before"), "--against", folder.Combine("after"), "--fail-on", "breaking");
        var output = run.Output.ReplaceLineEndings("\n");

        Assert.Equal(ExitCodes.ChangesFound, run.ExitCode);
        Assert.Contains("contacts\n  BREAKING object removed     1 properties", output);
        Assert.Contains("deals\n           object added       1 properties", output);
        Assert.Contains("pet\n           object added       1 properties", output);
        Assert.DoesNotContain("shipment", output);
    }

    [Fact]
    public async Task Options_of_non_picklist_properties_are_ignored()
    {
        var run = await DiffAsync(
            Results(Property("opted_in", "bool", "booleancheckbox", options: [("true", "Yes"), ("false", "No")])),
            Results(Property("opted_in", "bool", "booleancheckbox", options: [("true", "True"), ("false", "False")])));

        Assert.Contains("No schema changes", run.Output);
    }

    [Fact]
    public async Task A_file_that_is_not_a_snapshot_is_named_in_the_error()
    {
        using var folder = new TemporaryDirectory();
        Write(folder.Combine("before"), ("broken.json", "{\"results\": [{\"label\": \"x\"}]}"u8.ToArray()));

        var run = await CliRun.InvokeAsync("schema", "diff", "--snapshots", folder.Combine("before"), "--against", folder.Combine("before"));

        Assert.Equal(ExitCodes.SnapshotError, run.ExitCode);
        Assert.Contains("'broken.json' is not a HubSpot schema snapshot", run.Error);
        Assert.Contains("without a name or type", run.Error);
    }

    private static async Task<CliRun> DiffAsync(byte[] before, byte[]? after = null, bool same = false)
    {
        using var folder = new TemporaryDirectory();
        Write(folder.Combine("before"), ("contacts.json", before));
        Write(folder.Combine("after"), ("contacts.json", same ? before : after!));
        return await CliRun.InvokeAsync("schema", "diff", "--snapshots", folder.Combine("before"), "--against", folder.Combine("after"), "--fail-on", "breaking");
    }

    private static void Write(string directory, params (string Name, byte[] Content)[] files)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(directory, name), content);
        }
    }
}
