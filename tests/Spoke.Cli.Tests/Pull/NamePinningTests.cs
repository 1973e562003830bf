using Spoke.Cli.Schema.Naming;
using Spoke.Cli.Schema.Snapshots;
using Spoke.Cli.Tests.Infrastructure;
using Spoke.Generator.Naming;

namespace Spoke.Cli.Tests.Pull;

/// <summary>
/// Names never change behind the user's back: a pull pins in spoke.json every generated name the new snapshots would change,
/// with the generator's own naming code, and diff calls a change breaking exactly when a generated name moves.
/// </summary>
public sealed class NamePinningTests
{
    [Fact]
    public async Task Relabelling_HubSpot_to_Hubspot_is_breaking_in_diff_and_pull_pins_the_old_name()
    {
        using var account = new AccountFolder("contacts.json");
        using var project = new TemporaryDirectory();
        var snapshots = project.Combine("schema-snapshots");
        var overrides = project.Combine("spoke.json");
        account.Relabel("contacts.json", "hs_lead_status", "NEW", "HubSpot");
        await using (var before = await account.StartAsync())
        {
            var first = await before.PullAsync(snapshots, "--objects", "contacts", "--overrides", overrides);
            Assert.True(first.ExitCode == ExitCodes.Success, first.Error);
        }

        account.Relabel("contacts.json", "hs_lead_status", "NEW", "Hubspot");
        await using var emulator = await account.StartAsync();
        var diff = await CliRun.InvokeAsync(
            "schema", "diff", "--snapshots", snapshots, "--overrides", overrides, "--base-url", emulator.BaseUrl, "--token-file", emulator.TokenFile, "--fail-on", "breaking");
        CopyFolder(snapshots, project.Combine("old"));
        var pull = await emulator.PullAsync(snapshots, "--overrides", overrides);
        var diffPinned = await CliRun.InvokeAsync(
            "schema", "diff", "--snapshots", project.Combine("old"), "--against", snapshots, "--overrides", overrides, "--fail-on", "breaking");

        Assert.Equal(ExitCodes.ChangesFound, diff.ExitCode);
        Assert.Contains("BREAKING option relabelled  hs_lead_status: \"NEW\": \"HubSpot\" -> \"Hubspot\" (ContactLeadStatus.HubSpot (option 'NEW') is now Hubspot)", diff.Output);
        Assert.Contains("1 change(s), 1 breaking.", diff.Output);

        Assert.True(pull.ExitCode == ExitCodes.Success, pull.Error);
        Assert.Contains($"created   {overrides}", pull.Output);
        Assert.Contains($"pinned    {overrides} $.objects.contacts.properties.hs_lead_status.options.NEW = HubSpot (instead of Hubspot)", pull.Output);
        Assert.DoesNotContain("warning:", pull.Error);
        Assert.Equal("HubSpot", Names(snapshots, overrides).FindObject("contacts")!.FindProperty("hs_lead_status")!.Enum!.FindOption("NEW")!.MemberName);

        Assert.Equal(ExitCodes.Success, diffPinned.ExitCode);
        Assert.Contains("         option relabelled  hs_lead_status: \"NEW\": \"HubSpot\" -> \"Hubspot\"", diffPinned.Output);
        Assert.Contains("1 change(s), 0 breaking.", diffPinned.Output);
    }

    [Fact]
    public async Task A_pin_is_merged_into_the_users_spoke_json_in_the_snapshot_folder_keeping_its_content_and_layout()
    {
        using var account = new AccountFolder("contacts.json");
        using var project = new TemporaryDirectory();
        var snapshots = project.Combine("schema-snapshots");
        await using (var before = await account.StartAsync())
        {
            Assert.Equal(ExitCodes.Success, (await before.PullAsync(snapshots, "--objects", "contacts")).ExitCode);
        }

        const string Users = "{\r\n    \"objects\": {\r\n        \"contacts\": { \"typeName\": \"Person\" }\r\n    }\r\n}\r\n";
        File.WriteAllText(Path.Combine(snapshots, "spoke.json"), Users);
        account.Relabel("contacts.json", "hs_lead_status", "OPEN", "Opened");
        await using var emulator = await account.StartAsync();

        var pull = await emulator.PullAsync(snapshots);

        Assert.True(pull.ExitCode == ExitCodes.Success, pull.Error);
        Assert.Contains($"updated   {Path.Combine(snapshots, "spoke.json")}", pull.Output);
        var merged = File.ReadAllText(Path.Combine(snapshots, "spoke.json"));
        Assert.StartsWith("{\r\n    \"objects\": {\r\n        \"contacts\": { \"typeName\": \"Person\", ", merged);
        Assert.Contains("\"OPEN\": \"Open\"", merged);
        Assert.DoesNotContain("crm/v3/properties/spoke", pull.Error);
        var contacts = Names(snapshots, Path.Combine(snapshots, "spoke.json")).FindObject("contacts")!;
        Assert.Equal("Person", contacts.RecordName);
        Assert.Equal("Open", contacts.FindProperty("hs_lead_status")!.Enum!.FindOption("OPEN")!.MemberName);
    }

    [Fact]
    public async Task With_no_pin_the_snapshot_is_written_without_spoke_json_and_the_rename_is_reported()
    {
        using var account = new AccountFolder("contacts.json");
        using var project = new TemporaryDirectory();
        var snapshots = project.Combine("schema-snapshots");
        var overrides = project.Combine("spoke.json");
        await using (var before = await account.StartAsync())
        {
            Assert.Equal(ExitCodes.Success, (await before.PullAsync(snapshots, "--objects", "contacts", "--overrides", overrides)).ExitCode);
        }

        account.Relabel("contacts.json", "hs_lead_status", "OPEN", "Opened");
        await using var emulator = await account.StartAsync();

        var pull = await emulator.PullAsync(snapshots, "--overrides", overrides, "--no-pin");

        Assert.Equal(ExitCodes.Success, pull.ExitCode);
        Assert.Contains("updated", pull.Output);
        Assert.DoesNotContain("pinned", pull.Output);
        Assert.False(File.Exists(overrides));
        Assert.Contains("warning: ContactLeadStatus.Open (option 'OPEN') is now Opened", pull.Error);
    }

    [Theory]
    [InlineData("{ \"objects\": { \"contacts\": ", "SPOKE202")]
    [InlineData("{ \"objects\": [ ] }", "SPOKE202")]
    public async Task An_invalid_spoke_json_is_refused_with_where_and_why_before_anything_is_read_or_written(string text, string id)
    {
        using var account = new AccountFolder("contacts.json");
        using var project = new TemporaryDirectory();
        var snapshots = project.Combine("schema-snapshots");
        var overrides = project.Combine("spoke.json");
        File.WriteAllText(overrides, text);
        await using var emulator = await account.StartAsync();
        await using var gateway = await FlakyGateway.StartAsync(emulator.Hub);

        var pull = await CliRun.InvokeAsync(
            "schema", "pull", "--objects", "contacts", "--out", snapshots, "--overrides", overrides, "--base-url", gateway.BaseUrl, "--token-file", emulator.TokenFile);
        var diff = await CliRun.InvokeAsync("schema", "diff", "--snapshots", RepositoryPaths.SchemaSnapshots, "--against", RepositoryPaths.SchemaSnapshots, "--overrides", overrides);

        Assert.Equal(ExitCodes.UsageError, pull.ExitCode);
        Assert.Contains($"{overrides}(1,", pull.Error);
        Assert.Contains(id, pull.Error);
        Assert.Contains("Nothing was changed", pull.Error);
        Assert.Equal(0, gateway.Requests);
        Assert.False(Directory.Exists(snapshots));
        Assert.Equal(text, File.ReadAllText(overrides));
        Assert.Equal(ExitCodes.UsageError, diff.ExitCode);
        Assert.Contains(id, diff.Error);
    }

    private static GeneratedNames Names(string snapshots, string overrides) =>
        SchemaNaming.Compute(OverridesFile.Find(overrides, snapshots).Input(snapshots, SnapshotDirectory.ReadAll(snapshots)));

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
