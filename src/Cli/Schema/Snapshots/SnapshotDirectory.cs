namespace Spoke.Cli.Schema.Snapshots;

/// <summary>Reads the snapshot folder and replaces files in it atomically.</summary>
internal static class SnapshotDirectory
{
    private const string TemporarySuffix = ".spoke-tmp";

    /// <summary>Reads every <c>*.json</c> file of <paramref name="directory"/>, ordered by name.</summary>
    /// <exception cref="CliException">The folder does not exist or a file cannot be read.</exception>
    public static IReadOnlyList<SnapshotFile> ReadAll(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliException(
                $"The snapshot folder '{Path.GetFullPath(directory)}' does not exist. Run 'spoke schema pull --out {directory}' first, or pass the right folder.",
                ExitCodes.SnapshotError);
        }

        try
        {
            return Directory.EnumerateFiles(directory, "*" + SnapshotFileNames.Extension)
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
    /// Writes every file next to its target under a temporary name first; only when all of them are on disk are they
    /// renamed over the targets. A failure before that point removes the temporary files and leaves the folder as it was.
    /// Files whose content is unchanged are not rewritten. No file is ever deleted.
    /// </summary>
    /// <exception cref="CliException">A file could not be written; the folder is unchanged.</exception>
    public static IReadOnlyList<(SnapshotFile File, SnapshotWriteOutcome Outcome)> WriteAll(
        string directory, IReadOnlyList<SnapshotFile> files)
    {
        var staged = new List<(SnapshotFile File, string Target, string Temporary, SnapshotWriteOutcome Outcome)>();
        var results = new List<(SnapshotFile, SnapshotWriteOutcome)>();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var file in files)
            {
                var target = Path.Combine(directory, file.FileName);
                var outcome = OutcomeFor(target, file.Content);
                results.Add((file, outcome));
                if (outcome == SnapshotWriteOutcome.Unchanged)
                {
                    continue;
                }

                var temporary = Path.Combine(directory, $".{file.FileName}.{Guid.NewGuid():N}{TemporarySuffix}");
                staged.Add((file, target, temporary, outcome));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(file.Content);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (_, target, temporary, _) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            foreach (var (_, _, temporary, _) in staged)
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
