namespace Spoke.Cli;

/// <summary>The process exit codes of <c>spoke</c>, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command line or the configuration is wrong (unknown option, no token, unreadable token file).</summary>
    public const int UsageError = 1;

    /// <summary>HubSpot (or the emulator) could not be reached or answered with an error; no file was changed.</summary>
    public const int RequestFailed = 2;

    /// <summary>A snapshot could not be read or written; no snapshot was left half written.</summary>
    public const int SnapshotError = 3;

    /// <summary><c>schema diff --fail-on</c> found changes at or above the requested level.</summary>
    public const int ChangesFound = 4;
}
