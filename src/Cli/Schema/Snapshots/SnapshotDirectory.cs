namespace Spoke.Cli.Schema.Snapshots;

/// <summary>Reads the snapshot folder and replaces files in it atomically.</summary>
internal static class SnapshotDirectory
{
    private const string TemporarySuffix = ".spoke-tmp";

    /// <summary>Reads every snapshot (<c>*.json</c> but spoke.json) of <paramref name="directory"/>, ordered by name.</summary>
    /// <exception cref="CliException">The folder does not exist or a file cannot be read.</exception>
    public static IReadOnlyList<SnapshotFile> ReadAll(string directory) =>
        Directory.Exists(directory)
            ? ReadExisting(directory)
            : throw new CliException(
                $"The snapshot folder '{Path.GetFullPath(directory)}' does not exist. Run 'spoke schema pull --out {directory}' first, or pass the right folder.",
                ExitCodes.SnapshotError);

    /// <summary>Reads every snapshot of <paramref name="directory"/>, ordered by name; none when the folder does not exist yet.</summary>
    /// <exception cref="CliException">A file cannot be read.</exception>
    public static IReadOnlyList<SnapshotFile> ReadExisting(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        try
        {
            return Directory.EnumerateFiles(directory, "*" + SnapshotFileNames.Extension)
                .Where(path => SnapshotFileNames.IsSnapshot(Path.GetFileName(path)))
                .Select(path => new SnapshotFile(Path.GetFileName(path), File.ReadAllBytes(path)))
                .OrderBy(file => file.FileName, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read the snapshots in '{Path.GetFullPath(directory)}': {exception.Message}", ExitCodes.SnapshotError, exception);
        }
    }

    /// <summary>
    /// Writes every snapshot into <paramref name="directory"/>, and every file of <paramref name="alongside"/> (spoke.json) where
    /// its path says, next to its target under a temporary name first; only when all of them are on disk are they renamed over
    /// the targets. A failure before that point removes the temporary files and leaves every file as it was. Files whose content
    /// is unchanged are not rewritten. No file is ever deleted.
    /// </summary>
    /// <returns>Each file's path and what happened to it, snapshots first.</returns>
    /// <exception cref="CliException">A file could not be written; nothing was changed.</exception>
    public static IReadOnlyList<(string Path, SnapshotWriteOutcome Outcome)> WriteAll(
        string directory, IReadOnlyList<SnapshotFile> files, IReadOnlyList<(string Path, byte[] Content)>? alongside = null)
    {
        var targets = files.Select(file => (Path: Path.Combine(directory, file.FileName), file.Content)).Concat(alongside ?? []).ToList();
        var staged = new List<(string Target, string Temporary)>();
        var results = new List<(string, SnapshotWriteOutcome)>();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var (target, content) in targets)
            {
                var outcome = OutcomeFor(target, content);
                results.Add((target, outcome));
                if (outcome == SnapshotWriteOutcome.Unchanged)
                {
                    continue;
                }

                var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{TemporarySuffix}");
                staged.Add((target, temporary));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (target, temporary) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            foreach (var (_, temporary) in staged)
            {
                File.Delete(temporary);
            }

            throw new CliException(
                $"Cannot write the snapshots in '{Path.GetFullPath(directory)}': {exception.Message}. No snapshot was changed.",
                ExitCodes.SnapshotError,
                exception);
        }

        return results;
    }

    private static SnapshotWriteOutcome OutcomeFor(string target, byte[] content)
    {
        if (!File.Exists(target))
        {
            return SnapshotWriteOutcome.Created;
        }

        return File.ReadAllBytes(target).AsSpan().SequenceEqual(content)
            ? SnapshotWriteOutcome.Unchanged
            : SnapshotWriteOutcome.Updated;
    }
}
