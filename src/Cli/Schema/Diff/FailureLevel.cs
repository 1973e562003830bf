namespace Spoke.Cli.Schema.Diff;

/// <summary>Which changes make <c>spoke schema diff --fail-on</c> exit with <see cref="ExitCodes.ChangesFound"/>.</summary>
internal enum FailureLevel
{
    /// <summary>Never fail; only report.</summary>
    None,

    /// <summary>Fail when a change breaks code compiled against the snapshots.</summary>
    Breaking,

    /// <summary>Fail on any change, so a CI job notices the snapshots are behind the account.</summary>
    Any,
}
