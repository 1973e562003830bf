namespace Spoke.Cli.Schema.Snapshots;

/// <summary>What happened to one snapshot file during a pull.</summary>
internal enum SnapshotWriteOutcome
{
    /// <summary>The file did not exist and was written.</summary>
    Created,

    /// <summary>The file existed with other content and was replaced.</summary>
    Updated,

    /// <summary>The file already held exactly these bytes and was not touched (its timestamp is kept, so no rebuild).</summary>
    Unchanged,
}
