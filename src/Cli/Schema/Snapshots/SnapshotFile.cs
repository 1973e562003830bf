namespace Spoke.Cli.Schema.Snapshots;

/// <summary>One schema snapshot: a file name in the snapshot folder and its exact bytes.</summary>
/// <param name="FileName">The file name only, for example <c>contacts.json</c> or <c>schemas.json</c>.</param>
/// <param name="Content">The file's bytes, in the canonical layout written by <see cref="SnapshotFormatter"/>.</param>
internal sealed record SnapshotFile(string FileName, byte[] Content);
