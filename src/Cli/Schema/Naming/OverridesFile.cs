using System.Text;
using Spoke.Cli.Schema.Snapshots;
using Spoke.Generator.Naming;

namespace Spoke.Cli.Schema.Naming;

/// <summary>
/// The project's spoke.json, found where the build finds it: <c>--overrides</c> when given; else <c>spoke.json</c> in the
/// current folder (the project's, where the build's refresh runs the command); else the one in the snapshot folder; else none yet,
/// and a pull that must pin a name creates it in the current folder.
/// </summary>
/// <param name="Path">Where the file is, or is written when it does not exist yet.</param>
/// <param name="Text">Its text, or <see langword="null"/> when it does not exist.</param>
internal sealed record OverridesFile(string Path, string? Text)
{
    // SPOKE202: spoke.json is not valid, so the build ignores it and nothing can be merged into it.
    private const string MalformedOverrides = "SPOKE202";

    /// <summary>Finds and reads spoke.json for the snapshots in <paramref name="snapshotDirectory"/>.</summary>
    /// <exception cref="CliException">The file exists but cannot be read.</exception>
    public static OverridesFile Find(string? path, string snapshotDirectory)
    {
        var chosen = path
            ?? (File.Exists(SnapshotFileNames.Overrides) ? SnapshotFileNames.Overrides
                : File.Exists(System.IO.Path.Combine(snapshotDirectory, SnapshotFileNames.Overrides)) ? System.IO.Path.Combine(snapshotDirectory, SnapshotFileNames.Overrides)
                : SnapshotFileNames.Overrides);
        try
        {
            return new OverridesFile(chosen, File.Exists(chosen) ? File.ReadAllText(chosen, Encoding.UTF8) : null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read '{System.IO.Path.GetFullPath(chosen)}': {exception.Message}", ExitCodes.UsageError, exception);
        }
    }

    /// <summary>The generator's input: <paramref name="snapshots"/> of <paramref name="snapshotDirectory"/> with this spoke.json.</summary>
    public NamingInput Input(string snapshotDirectory, IEnumerable<SnapshotFile> snapshots) => new(
        snapshots.Select(file => new NamingFile(System.IO.Path.Combine(snapshotDirectory, file.FileName), Decode(file.Content))),
        Text is null ? null : new NamingFile(Path, Text));

    /// <summary>Refuses a spoke.json the build would ignore, saying where and why, before anything is read from HubSpot or written.</summary>
    /// <exception cref="CliException">spoke.json is not valid.</exception>
    public void EnsureValid(GeneratedNames names)
    {
        var problems = names.Diagnostics.Where(diagnostic => diagnostic.Id == MalformedOverrides).ToList();
        if (problems.Count == 0)
        {
            return;
        }

        var where = string.Join("; ", problems.Select(problem => problem.ToString()));
        throw new CliException(
            $"spoke.json is not valid, so the build ignores it and no name can be pinned in it: {where}. Fix it (or pass --overrides PATH) and run again. Nothing was changed.",
            ExitCodes.UsageError);
    }

    // The build reads a snapshot as UTF-8 text, without a byte order mark.
    private static string Decode(byte[] content) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(content).TrimStart('\uFEFF');
}
