using System.CommandLine;
using Spoke.Cli.Schema.Snapshots;

namespace Spoke.Cli.Commands;

/// <summary><c>--overrides PATH</c>: the project's spoke.json, whose names the schema commands keep.</summary>
internal static class OverridesOption
{
    /// <summary>Creates the option.</summary>
    public static Option<string?> Create() => new("--overrides")
    {
        Description = $"The project's {SnapshotFileNames.Overrides} (default: {SnapshotFileNames.Overrides} in the current folder, else in the snapshot folder).",
    };
}
