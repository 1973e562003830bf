using Spoke.Cli.Schema.Snapshots;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Snapshots;

public sealed class SnapshotDirectoryTests
{
    [Fact]
    public void Writes_new_and_changed_files_and_leaves_identical_files_untouched()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllBytes(folder.Combine("contacts.json"), "same"u8.ToArray());
        File.WriteAllBytes(folder.Combine("deals.json"), "old"u8.ToArray());
        var untouchedSince = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(folder.Combine("contacts.json"), untouchedSince);

        var outcomes = SnapshotDirectory.WriteAll(folder.Path,
        [
            new SnapshotFile("contacts.json", "same"u8.ToArray()),
            new SnapshotFile("deals.json", "new"u8.ToArray()),
            new SnapshotFile("tickets.json", "created"u8.ToArray()),
        ]);

        Assert.Equal(
            [SnapshotWriteOutcome.Unchanged, SnapshotWriteOutcome.Updated, SnapshotWriteOutcome.Created],
            outcomes.Select(o => o.Outcome));
        Assert.Equal(untouchedSince, File.GetLastWriteTimeUtc(folder.Combine("contacts.json")));
        Assert.Equal("new", File.ReadAllText(folder.Combine("deals.json")));
        Assert.Equal("created", File.ReadAllText(folder.Combine("tickets.json")));
        Assert.Equal(3, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public void Files_that_are_not_pulled_are_never_deleted()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.Combine("companies.json"), "kept");

        SnapshotDirectory.WriteAll(folder.Path, [new SnapshotFile("contacts.json", "x"u8.ToArray())]);

        Assert.Equal("kept", File.ReadAllText(folder.Combine("companies.json")));
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_reported_and_nothing_changes()
    {
        using var folder = new TemporaryDirectory();
        var notAFolder = folder.Combine("snapshots");
        File.WriteAllText(notAFolder, "a file where the folder should be");

        var exception = Assert.Throws<CliException>(() => SnapshotDirectory.WriteAll(notAFolder, [new SnapshotFile("contacts.json", "x"u8.ToArray())]));

        Assert.Equal(ExitCodes.SnapshotError, exception.ExitCode);
        Assert.Contains("No snapshot was changed", exception.Message);
        Assert.Equal("a file where the folder should be", File.ReadAllText(notAFolder));
    }

    [Fact]
    public void Reading_a_missing_folder_says_how_to_create_it()
    {
        using var folder = new TemporaryDirectory();

        var exception = Assert.Throws<CliException>(() => SnapshotDirectory.ReadAll(folder.Combine("missing")));

        Assert.Contains("spoke schema pull", exception.Message);
    }
}
